import { BudgetIndex } from "./budget-index";
import { isYearEnd, resultats } from "./figures";
import type { BudgetDocument, BudgetLine, Section, Sens } from "./model";
import type { Cents } from "../common/money";

/** The three lines of a reprise, as TotEM writes them (nature = chapitre, réel). */
function repriseLine(
  section: Section,
  sens: Sens,
  chapitre: string,
  nature: string,
  credits: Cents,
  libelle: string,
): BudgetLine {
  return { section, sens, chapitre, nature, mouvement: "reel", libelle, amounts: { credits } };
}

export interface RepriseOptions {
  /**
   * The 1068 the council assigned (délibération d'affectation). Absent: the least the law allows, the financing need
   * of the investment section, restes à réaliser included, within the fonctionnement result.
   */
  readonly affectation1068?: Cents;
}

/** The 1068 at least required by the compte (R2311-12), as BUD-REPRISE-1068 checks it. */
export function affectationMinimale(compte: BudgetDocument): Cents {
  const r = resultats(new BudgetIndex(compte.lines));
  return Math.min(r.besoin, Math.max(0, r.fonctionnement));
}

/**
 * The BP of N that takes over the compte of N-1 (R2311-11, R2311-12): the investment result as 001, the 1068, the
 * rest of the fonctionnement result as 002, and the restes à réaliser line by line. The secretary then adds the
 * year's own credits.
 */
export function bpFromCompte(compte: BudgetDocument, options: RepriseOptions = {}): BudgetDocument {
  if (!isYearEnd(compte)) throw new RangeError("bpFromCompte needs a compte administratif or a CFU");
  const r = resultats(new BudgetIndex(compte.lines));
  const r1068 = options.affectation1068 ?? affectationMinimale(compte);
  const reste = r.fonctionnement - r1068;
  const lines: BudgetLine[] = [];
  const solde = "Solde d'exécution de la section d'investissement reporté";
  if (r.investissement > 0) lines.push(repriseLine("I", "R", "001", "001", r.investissement, solde));
  if (r.investissement < 0) lines.push(repriseLine("I", "D", "001", "001", -r.investissement, solde));
  if (r1068 > 0) lines.push(repriseLine("I", "R", "10", "1068", r1068, "Excédents de fonctionnement capitalisés"));
  const resultat = "Résultat de fonctionnement reporté";
  if (reste > 0) lines.push(repriseLine("F", "R", "002", "002", reste, resultat));
  if (reste < 0) lines.push(repriseLine("F", "D", "002", "002", -reste, resultat));
  for (const line of compte.lines) {
    const rar = line.amounts.rar ?? 0;
    if (rar === 0) continue;
    const { source: _source, amounts: _amounts, ...kept } = line;
    lines.push({ ...kept, amounts: { credits: rar, rar } });
  }
  return {
    type: "BP",
    nomenclature: compte.nomenclature,
    exercice: compte.exercice + 1,
    ...(compte.collectivite ? { collectivite: compte.collectivite } : {}),
    ...(compte.etablissement ? { etablissement: compte.etablissement } : {}),
    ...(compte.budgetAnnexe !== undefined ? { budgetAnnexe: compte.budgetAnnexe } : {}),
    ...(compte.population !== undefined ? { population: compte.population } : {}),
    lines,
    facts: {},
  };
}
