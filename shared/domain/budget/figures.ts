import type { BudgetIndex, Column } from "./budget-index";
import type { BudgetDocument, Section } from "./model";
import type { Cents } from "../common/money";

/** Aggregates of budget-rules.json `_doc` and EQ-09/EQ-10/RES-01/RES-02, shared by several rules. */

export function sectionTotal(index: BudgetIndex, column: Column, section: Section, sens: "D" | "R"): Cents {
  return index.sum(column, { section, sens });
}

/** Capital of the debt repaid in the year: chapitre 16 réel, without deposits, refinancing and revolving lines. */
const CAPITAL_EXCLUSIONS = ["165", "166", "16449", "1645", "1688", "169"];

export interface Annuite {
  readonly ressourcesExternes: Cents;
  readonly ressourcesInternes: Cents;
  readonly cessions: Cents;
  readonly capital: Cents;
  readonly r1068: Cents;
  readonly r001: Cents;
  readonly d001: Cents;
  readonly rarRecettes: Cents;
  readonly rarDepenses: Cents;
  readonly stocks: Cents;
}

export function annuite(index: BudgetIndex, column: Column): Annuite {
  return {
    ressourcesExternes: index.sum(column, { sens: "R", mouvement: "reel", natures: ["10"], except: ["1068"] }),
    ressourcesInternes:
      index.chapitre(column, "R", "021") +
      index.sum(column, { sens: "R", chapitres: ["040"], natures: ["28", "29", "39", "49", "59"] }),
    cessions: index.chapitre(column, "R", "024"),
    capital: index.sum(column, { sens: "D", mouvement: "reel", chapitres: ["16"], except: CAPITAL_EXCLUSIONS }),
    r1068: index.sum(column, { sens: "R", natures: ["1068"], mouvement: "reel" }),
    r001: index.chapitre(column, "R", "001"),
    d001: index.chapitre(column, "D", "001"),
    rarRecettes: index.sum("rar", { section: "I", sens: "R" }),
    rarDepenses: index.sum("rar", { section: "I", sens: "D" }),
    stocks: index.sum(column, { sens: "R", chapitres: ["040"], natures: ["3"] }),
  };
}

/** Dépenses réelles de fonctionnement / d'investissement and recettes réelles de fonctionnement hors 002. */
export function depensesReelles(index: BudgetIndex, column: Column, section: Section): Cents {
  return (
    index.sum(column, { section, sens: "D", mouvement: "reel" }) -
    index.chapitre(column, "D", section === "F" ? "002" : "001")
  );
}

export function recettesReellesFonctionnement(index: BudgetIndex, column: Column): Cents {
  return index.sum(column, { section: "F", sens: "R", mouvement: "reel" }) - index.chapitre(column, "R", "002");
}

export interface ResultatsCalcules {
  /** Résultat de fonctionnement cumulé (002 inclus). */
  readonly fonctionnement: Cents;
  /** Solde d'exécution d'investissement cumulé (001 inclus). */
  readonly investissement: Cents;
  readonly rarRecettes: Cents;
  readonly rarDepenses: Cents;
  /** Besoin de financement de l'investissement, RAR compris (0 when there is none). */
  readonly besoin: Cents;
}

/** Year-end results from realisations (RES-01, RES-02). */
export function resultats(index: BudgetIndex): ResultatsCalcules {
  const fonctionnement = sectionTotal(index, "realise", "F", "R") - sectionTotal(index, "realise", "F", "D");
  const investissement = sectionTotal(index, "realise", "I", "R") - sectionTotal(index, "realise", "I", "D");
  const rarRecettes = index.sum("rar", { section: "I", sens: "R" });
  const rarDepenses = index.sum("rar", { section: "I", sens: "D" });
  return {
    fonctionnement,
    investissement,
    rarRecettes,
    rarDepenses,
    besoin: Math.max(0, -(investissement + rarRecettes - rarDepenses)),
  };
}

/** Results taken over by a BP/BS: R001 − D001, and R002 + R1068 − D002 for the fonctionnement result to affect. */
export function reprise(index: BudgetIndex): {
  readonly repris: boolean;
  readonly soldeI: Cents;
  readonly resultatF: Cents;
  readonly r1068: Cents;
  readonly besoin: Cents;
} {
  const a = annuite(index, "credits");
  const r002 = index.chapitre("credits", "R", "002");
  const d002 = index.chapitre("credits", "D", "002");
  const soldeI = a.r001 - a.d001;
  const repris = [a.r001, a.d001, r002, d002, a.r1068, a.rarRecettes, a.rarDepenses].some((v) => v !== 0);
  return {
    repris,
    soldeI,
    resultatF: r002 + a.r1068 - d002,
    r1068: a.r1068,
    besoin: Math.max(0, -(soldeI + a.rarRecettes - a.rarDepenses)),
  };
}

/** Budgets annexes de lotissement / ZAC keep land as stock (comptes 3x): their balance follows other rules. */
export function isStockBudget(document: BudgetDocument, index: BudgetIndex): boolean {
  return (
    index.sum("credits", { natures: ["3"] }) !== 0 ||
    index.sum("realise", { natures: ["3"] }) !== 0 ||
    /lotissement|\bzac\b|zone d'am[ée]nagement/i.test(document.etablissement ?? "")
  );
}

export function isYearEnd(document: BudgetDocument): boolean {
  return document.type === "CA" || document.type === "CFU";
}

export interface ChapitreTotal {
  readonly section: Section;
  readonly sens: "D" | "R";
  readonly chapitre: string;
  readonly credits: Cents;
  readonly realise: Cents;
}

/** Credits and realisations of each chapitre as the council votes it (section, sens, chapitre), in document order. */
export function chapitreTotals(index: BudgetIndex): ChapitreTotal[] {
  const totals = new Map<
    string,
    { section: Section; sens: "D" | "R"; chapitre: string; credits: Cents; realise: Cents }
  >();
  for (const kind of index.kinds) {
    const key = `${kind.section}|${kind.sens}|${kind.chapitre}`;
    const total = totals.get(key) ?? {
      section: kind.section,
      sens: kind.sens,
      chapitre: kind.chapitre,
      credits: 0,
      realise: 0,
    };
    total.credits += kind.sums.credits;
    total.realise += kind.sums.realise;
    totals.set(key, total);
  }
  return [...totals.values()];
}
