import { SaxesParser } from "saxes";
import type { BudgetDocument, BudgetLine, DocumentType, Echeancier, LineAmounts } from "@shared/domain/budget/model";
import type { Cents } from "@shared/domain/common/money";
import { parseMoney } from "@shared/domain/common/money";
import { findPlan, loadPlan } from "@shared/domain/budget/nomenclature";
import { BudgetReadError } from "./errors";
import { placeLine } from "./resolve-line";
import { XmlTextStream } from "./xml-text";

const NAT_DEC: Readonly<Record<string, DocumentType>> = { "01": "BP", "02": "DM", "03": "BS", "09": "CA", "10": "CFU" };
/** No budget flow nests deeper than a dozen levels; a deeper file is hostile or not a budget. */
const MAX_DEPTH = 64;
/** The children of a LigneBudget that the rules read (the others, MtSup, InfoAPCP…, are skipped). */
const LINE_FIELDS = new Set([
  "Nature",
  "CodRD",
  "OpBudg",
  "TypOpBudg",
  "ContNat",
  "Fonction",
  "Operation",
  "LibCpte",
  "MtPrev",
  "MtRARPrec",
  "CredOuv",
  "MtPropNouv",
  "MtBudgPrec",
  "MtRAR3112",
  "MtReal",
]);
const LOAN_FIELDS = new Set(["CodTypEmpr", "MtIntExer", "MtCapitalExer"]);

/** The `V` values of one element's kept children, as the flow wrote them. */
type Fields = Map<string, string>;

interface RawLine {
  readonly index: number;
  readonly fields: Fields;
  section?: string;
}

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

const valueOf = (fields: Fields, name: string): string | undefined => {
  const raw = fields.get(name)?.trim();
  return raw === undefined || raw === "" ? undefined : raw;
};

function money(fields: Fields, name: string, where: string): Cents | undefined {
  const raw = valueOf(fields, name);
  if (raw === undefined) return undefined;
  const cents = parseMoney(raw);
  if (cents === undefined) throw new BudgetReadError(`${where} : montant ${name} illisible « ${raw} ».`);
  return cents;
}

function amountsOf(fields: Fields, type: DocumentType, where: string): LineAmounts {
  const prev = money(fields, "MtPrev", where);
  const rarPrec = money(fields, "MtRARPrec", where);
  const credOuv = money(fields, "CredOuv", where);
  const yearEnd = type === "CA" || type === "CFU";
  const credits = type === "DM" ? prev : (credOuv ?? (prev === undefined ? undefined : prev + (rarPrec ?? 0)));
  // One literal shape for every line (absent amounts stay undefined): the rules read these objects a lot.
  return {
    credits,
    propositions: money(fields, "MtPropNouv", where),
    budgetPrecedent: money(fields, "MtBudgPrec", where),
    rar: yearEnd ? money(fields, "MtRAR3112", where) : rarPrec,
    realise: money(fields, "MtReal", where),
  };
}

/**
 * One pass over a DocumentBudgetaire (or CompteFinancierUnique) flow, fed in chunks: only what the rules read is
 * kept (the header, the voted lines, the loans of DATA_EMPRUNT), so memory follows the budget, not the file, whose
 * annexes are most of its weight. Lines TotEM calculated (`calculated="true"`) are left out.
 */
export class DocumentBudgetaireStream {
  private readonly text: XmlTextStream;
  private readonly parser = new SaxesParser();
  /** Local names of the open elements. */
  private readonly path: string[] = [];
  /** Depth of the DocumentBudgetaire element once met (a CFU wraps it beside the DocumentComptable). */
  private docDepth = -1;
  private budgetSeen = false;
  private readonly header = new Map<string, string>();
  private population: string | undefined;
  private readonly raw: RawLine[] = [];
  private lineCount = 0;
  private line: RawLine | undefined;
  private loan: Fields | undefined;
  private readonly loans: Fields[] = [];

  constructor(private readonly file: string) {
    this.text = new XmlTextStream(file);
    this.parser.on("error", (error) => {
      // saxes reports "line:column: message"; the position alone is what the secretary can use.
      const at = /^(\d+):(\d+)/.exec(error.message);
      throw new BudgetReadError(
        `${file} : XML mal formé ou tronqué (${at ? `ligne ${at[1]}, colonne ${at[2]}` : `ligne ${this.parser.line}`}).`,
      );
    });
    this.parser.on("doctype", () => {
      // A budget flow has no DTD; one that brings its own may define entities meant to expand without end.
      throw new BudgetReadError(
        `${file} : XML refusé par le lecteur (déclaration DOCTYPE inattendue dans un flux budgétaire).`,
      );
    });
    this.parser.on("opentag", (tag) => {
      this.open(localName(tag.name), tag.attributes);
    });
    this.parser.on("closetag", (tag) => {
      this.close(localName(tag.name));
    });
  }

  write(chunk: Uint8Array): void {
    const text = this.text.decode(chunk);
    if (text) this.parser.write(text);
  }

  end(): BudgetDocument {
    this.flush();
    return this.document();
  }

  /** As end(), once the account plan the header names is loaded: pages load plans one at a time (loadPlan). */
  async endLoadingPlan(): Promise<BudgetDocument> {
    this.flush();
    const nomenclature = valueOf(this.header, "Nomenclature");
    const exercice = Number(valueOf(this.header, "Exer"));
    if (nomenclature && Number.isInteger(exercice)) await loadPlan(nomenclature, exercice);
    return this.document();
  }

  private flush(): void {
    const rest = this.text.end();
    if (rest) this.parser.write(rest);
    this.parser.close();
  }

  private open(name: string, attributes: Record<string, string>): void {
    const depth = this.path.length;
    if (depth >= MAX_DEPTH)
      throw new BudgetReadError(
        `${this.file} : XML refusé par le lecteur (imbrication trop profonde ou structure inattendue).`,
      );
    this.path.push(name);
    if (this.docDepth < 0) {
      if (name === "DocumentBudgetaire") this.docDepth = depth;
      return;
    }
    const rel = depth - this.docDepth;
    const parent = this.path[depth - 1];
    const v = attributes["V"];
    if (rel === 1 && name === "Budget") this.budgetSeen = true;
    else if (rel === 2 && parent === "EnTeteDocBudgetaire" && name === "LibelleColl" && v !== undefined)
      this.header.set("LibelleColl", v);
    else if (rel === 2 && name === "LigneBudget" && this.path[depth - 1] === "Budget") {
      this.lineCount++;
      this.line = attributes["calculated"] === "true" ? undefined : { index: this.lineCount, fields: new Map() };
    } else if (rel === 3 && this.line && parent === "LigneBudget") {
      if (v === undefined) return;
      if (LINE_FIELDS.has(name)) {
        if (!this.line.fields.has(name)) this.line.fields.set(name, v);
      } else if (name === "CaracSup" && attributes["Code"] === "Section") this.line.section ??= v;
    } else if (rel === 3 && (parent === "EnTeteBudget" || parent === "BlocBudget") && v !== undefined)
      this.header.set(name, v);
    else if (
      rel === 3 &&
      parent === "InformationsGenerales" &&
      name === "Information" &&
      attributes["Code"] === "PopTot"
    )
      this.population ??= v;
    else if (rel === 4 && name === "EMPRUNT" && parent === "DATA_EMPRUNT") this.loan = new Map();
    else if (rel === 5 && this.loan && parent === "EMPRUNT" && LOAN_FIELDS.has(name) && v !== undefined)
      this.loan.set(name, v);
  }

  private close(name: string): void {
    this.path.pop();
    if (name === "LigneBudget" && this.line && this.path.length - this.docDepth === 2) {
      this.raw.push(this.line);
      this.line = undefined;
    } else if (name === "EMPRUNT" && this.loan) {
      this.loans.push(this.loan);
      this.loan = undefined;
    } else if (name === "DocumentBudgetaire" && this.path.length === this.docDepth)
      this.docDepth = Number.MAX_SAFE_INTEGER;
  }

  private echeancier(): Echeancier | undefined {
    if (this.loans.length === 0) return undefined;
    let interets = 0;
    let capital = 0;
    const where = `${this.file}, annexe état de la dette`;
    // CodTypEmpr 01 = the commune's own loans; the others are guaranteed loans or totals.
    for (const loan of this.loans.filter((l) => valueOf(l, "CodTypEmpr") === "01")) {
      interets += money(loan, "MtIntExer", where) ?? 0;
      capital += money(loan, "MtCapitalExer", where) ?? 0;
    }
    return { interets, capital };
  }

  private document(): BudgetDocument {
    const { file, header } = this;
    if (!this.budgetSeen)
      throw new BudgetReadError(`${file} : ce n'est pas un flux DocumentBudgetaire (élément Budget absent).`);
    const natDec = valueOf(header, "NatDec") ?? "";
    const type = NAT_DEC[natDec];
    if (!type)
      throw new BudgetReadError(
        `${file} : nature de document NatDec « ${natDec} » non prise en charge (01 BP, 02 DM, 03 BS, 09 CA, 10 CFU).`,
      );
    const nomenclature = valueOf(header, "Nomenclature") ?? "";
    const exercice = Number(valueOf(header, "Exer"));
    if (!nomenclature || !Number.isInteger(exercice))
      throw new BudgetReadError(`${file} : Nomenclature ou exercice (Exer) absent.`);
    const plan = findPlan(nomenclature, exercice)?.plan;
    const lines: BudgetLine[] = this.raw.map(({ index, fields, section }) => {
      const where = `${file}, LigneBudget n° ${index}`;
      const nature = valueOf(fields, "Nature");
      const sens = valueOf(fields, "CodRD");
      if (!nature || (sens !== "D" && sens !== "R"))
        throw new BudgetReadError(`${where} : Nature ou CodRD (D/R) absent.`);
      const mouvement = valueOf(fields, "OpBudg") === "1" ? "ordre" : "reel";
      const typ = valueOf(fields, "TypOpBudg");
      const typeOrdre = typ === "1" ? "interieur" : typ === "2" ? "entre-sections" : undefined;
      const declared = valueOf(fields, "ContNat");
      const declaredSection = section?.trim();
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
      return {
        section: placed.section,
        sens,
        chapitre: placed.chapitre,
        nature,
        mouvement,
        typeOrdre,
        chapitreDeclare: declared,
        fonction: valueOf(fields, "Fonction"),
        operation: valueOf(fields, "Operation"),
        libelle: valueOf(fields, "LibCpte"),
        amounts: amountsOf(fields, type, where),
      };
    });
    const popDigits = this.population?.replace(/\D/g, "") ?? "";
    const echeancier = this.echeancier();
    return {
      type,
      nomenclature,
      exercice,
      dateVote: valueOf(header, "DteDec"),
      collectivite: valueOf(header, "LibelleColl"),
      etablissement: valueOf(header, "LibelleEtab"),
      population: popDigits ? Number(popDigits) : undefined,
      budgetAnnexe: valueOf(header, "CodTypBud") === "A",
      lines,
      facts: echeancier ? { echeancier } : {},
    };
  }
}

/** Feeds a stream slice by slice, as a file read from disk would arrive. */
const SLICE = 1 << 16;

function fed(bytes: Uint8Array, file: string): DocumentBudgetaireStream {
  const stream = new DocumentBudgetaireStream(file);
  for (let at = 0; at < bytes.length; at += SLICE) stream.write(bytes.subarray(at, at + SLICE));
  return stream;
}

/** Reads a whole DocumentBudgetaire held in memory, its account plan already loaded (tests). */
export function readDocumentBudgetaire(bytes: Uint8Array, file: string): BudgetDocument {
  return fed(bytes, file).end();
}

/** Reads a whole DocumentBudgetaire held in memory, loading its account plan first (the Excel import, the CLI). */
export function loadDocumentBudgetaire(bytes: Uint8Array, file: string): Promise<BudgetDocument> {
  return fed(bytes, file).endLoadingPlan();
}
