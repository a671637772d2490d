import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { BudgetDocument, BudgetLine, DocumentType, Echeancier, LineAmounts } from "../../domain/budget/model";
import type { Cents } from "../../domain/common/money";
import { parseMoney } from "../../domain/common/money";
import { findPlan } from "../../domain/budget/nomenclature";
import { BudgetReadError } from "./errors";
import { placeLine } from "./resolve-line";
import { decodeXml } from "./xml-text";

type Node = Record<string, unknown>;

const NAT_DEC: Readonly<Record<string, DocumentType>> = { "01": "BP", "02": "DM", "03": "BS", "09": "CA", "10": "CFU" };
const REPEATED = new Set(["LigneBudget", "Information", "MtSup", "CaracSup", "EMPRUNT"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  parseAttributeValue: false,
  parseTagValue: false,
  isArray: (name) => REPEATED.has(name),
});

const asNode = (value: unknown): Node | undefined =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Node) : undefined;
const asNodes = (value: unknown): Node[] =>
  Array.isArray(value) ? value.filter((v): v is Node => asNode(v) !== undefined) : [];

/** `<Nature V="6413"/>` → "6413". */
function v(node: Node | undefined, name: string): string | undefined {
  const raw = asNode(node?.[name])?.["@V"];
  return typeof raw === "string" && raw.trim() !== "" ? raw.trim() : undefined;
}

function coded(node: Node, name: string, code: string): string | undefined {
  const hit = asNodes(node[name]).find((n) => n["@Code"] === code)?.["@V"];
  return typeof hit === "string" ? hit.trim() : undefined;
}

function money(node: Node, name: string, where: string): Cents | undefined {
  const raw = v(node, name);
  if (raw === undefined) return undefined;
  const cents = parseMoney(raw);
  if (cents === undefined) throw new BudgetReadError(`${where} : montant ${name} illisible « ${raw} ».`);
  return cents;
}

function amountsOf(node: Node, type: DocumentType, where: string): LineAmounts {
  const prev = money(node, "MtPrev", where);
  const rarPrec = money(node, "MtRARPrec", where);
  const credOuv = money(node, "CredOuv", where);
  const yearEnd = type === "CA" || type === "CFU";
  const credits = type === "DM" ? prev : (credOuv ?? (prev === undefined ? undefined : prev + (rarPrec ?? 0)));
  // One literal shape for every line (absent amounts stay undefined): the rules read these objects a lot.
  return {
    credits,
    propositions: money(node, "MtPropNouv", where),
    budgetPrecedent: money(node, "MtBudgPrec", where),
    rar: yearEnd ? money(node, "MtRAR3112", where) : rarPrec,
    realise: money(node, "MtReal", where),
  };
}

function echeancierOf(annexes: Node | undefined, file: string): Echeancier | undefined {
  const data = asNode(annexes?.["DATA_EMPRUNT"]);
  if (!data) return undefined;
  let interets = 0;
  let capital = 0;
  // CodTypEmpr 01 = the commune's own loans; the others are guaranteed loans or totals.
  for (const emprunt of asNodes(data["EMPRUNT"]).filter((e) => v(e, "CodTypEmpr") === "01")) {
    interets += money(emprunt, "MtIntExer", `${file}, annexe état de la dette`) ?? 0;
    capital += money(emprunt, "MtCapitalExer", `${file}, annexe état de la dette`) ?? 0;
  }
  return { interets, capital };
}

/** Reads a DocumentBudgetaire (or CompteFinancierUnique) flow; the lines TotEM calculated are left out. */
export function readDocumentBudgetaire(bytes: Uint8Array, file: string): BudgetDocument {
  const text = decodeXml(bytes, file);
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    // The validator gives no column for an empty or prolog-only file.
    const at =
      valid.err.col === undefined ? `ligne ${valid.err.line}` : `ligne ${valid.err.line}, colonne ${valid.err.col}`;
    throw new BudgetReadError(`${file} : XML mal formé ou tronqué (${at}).`);
  }
  let root: Node;
  try {
    root = parser.parse(text) as Node;
  } catch {
    // Well-formed XML the parser still refuses, such as tags nested beyond its limit: no budget flow looks like that.
    throw new BudgetReadError(
      `${file} : XML refusé par le lecteur (imbrication trop profonde ou structure inattendue).`,
    );
  }
  // A CFU wraps the DocumentBudgetaire next to the comptable's DocumentComptable.
  const doc =
    asNode(root["DocumentBudgetaire"]) ?? asNode(asNode(root["CompteFinancierUnique"])?.["DocumentBudgetaire"]);
  const budget = asNode(doc?.["Budget"]);
  if (!doc || !budget)
    throw new BudgetReadError(`${file} : ce n'est pas un flux DocumentBudgetaire (élément Budget absent).`);
  const entete = asNode(budget["EnTeteBudget"]);
  const bloc = asNode(budget["BlocBudget"]);
  const natDec = v(bloc, "NatDec") ?? "";
  const type = NAT_DEC[natDec];
  if (!type)
    throw new BudgetReadError(
      `${file} : nature de document NatDec « ${natDec} » non prise en charge (01 BP, 02 DM, 03 BS, 09 CA, 10 CFU).`,
    );
  const nomenclature = v(entete, "Nomenclature") ?? "";
  const exercice = Number(v(bloc, "Exer"));
  if (!nomenclature || !Number.isInteger(exercice))
    throw new BudgetReadError(`${file} : Nomenclature ou exercice (Exer) absent.`);
  const plan = findPlan(nomenclature, exercice)?.plan;
  const lines: BudgetLine[] = [];
  asNodes(budget["LigneBudget"]).forEach((node, i) => {
    if (node["@calculated"] === "true") return;
    const where = `${file}, LigneBudget n° ${i + 1}`;
    const nature = v(node, "Nature");
    const sens = v(node, "CodRD");
    if (!nature || (sens !== "D" && sens !== "R"))
      throw new BudgetReadError(`${where} : Nature ou CodRD (D/R) absent.`);
    const mouvement = v(node, "OpBudg") === "1" ? "ordre" : "reel";
    const typ = v(node, "TypOpBudg");
    const typeOrdre = typ === "1" ? "interieur" : typ === "2" ? "entre-sections" : undefined;
    const declared = v(node, "ContNat");
    const declaredSection = coded(node, "CaracSup", "Section");
    const placed = placeLine(
      plan,
      nature,
      sens,
      mouvement,
      typeOrdre,
      declared,
      declaredSection === "F" || declaredSection === "I" ? declaredSection : undefined,
    );
    if (!placed.section) throw new BudgetReadError(`${where} : section de la nature ${nature} indéterminable.`);
    lines.push({
      section: placed.section,
      sens,
      chapitre: placed.chapitre,
      nature,
      mouvement,
      typeOrdre,
      chapitreDeclare: declared,
      fonction: v(node, "Fonction"),
      operation: v(node, "Operation"),
      libelle: v(node, "LibCpte"),
      amounts: amountsOf(node, type, where),
    });
  });
  const population = asNodes(asNode(budget["InformationsGenerales"])?.["Information"]).find(
    (n) => n["@Code"] === "PopTot",
  )?.["@V"];
  const popDigits = typeof population === "string" ? population.replace(/\D/g, "") : "";
  const echeancier = echeancierOf(asNode(budget["Annexes"]), file);
  return {
    type,
    nomenclature,
    exercice,
    dateVote: v(bloc, "DteDec"),
    collectivite: v(asNode(doc["EnTeteDocBudgetaire"]), "LibelleColl"),
    etablissement: v(entete, "LibelleEtab"),
    population: popDigits ? Number(popDigits) : undefined,
    budgetAnnexe: v(bloc, "CodTypBud") === "A",
    lines,
    facts: echeancier ? { echeancier } : {},
  };
}
