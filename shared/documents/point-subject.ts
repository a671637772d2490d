import type { Subject } from "@shared/domain/acts/clauses";
import { foldText } from "@shared/domain/common/fold";

/** The subjects a point's title names plainly, most specific first (a « demande de subvention » is not a grant). */
const TITLES: readonly (readonly [Subject, RegExp])[] = [
  ["budget-primitif", /budget primitif/],
  ["decision-modificative", /decision modificative/],
  ["vote-des-taux", /taux d'imposition|vote des taux|fiscalite directe/],
  ["tarifs-cantine", /restauration scolaire|cantine/],
  ["tarifs-salle", /location (?:de )?(?:la )?salle|tarifs? (?:de )?(?:la )?salle/],
  ["demande-subvention", /demande de subvention|\bdetr\b|\bdsil\b/],
  ["subventions", /subventions? aux associations|subventions? (?:de fonctionnement )?(?:a|aux) /],
  ["creation-emploi", /creation d'(?:un|une) (?:poste|emploi)|creation de postes?|creation d'emplois?/],
  ["indemnites", /indemnites? de fonctions?/],
  ["delegations-l2122-22", /l\.? ?2122-22|delegations? (?:du conseil )?au maire/],
  ["mode-de-publicite", /publicite des actes|mode de publicite/],
  ["conventions", /\bconvention\b/],
];

/** The clause library's subject of a point, read from its title; undefined when the title names none. */
export function subjectOfTitle(title: string): Subject | undefined {
  const folded = foldText(title);
  return TITLES.find(([, pattern]) => pattern.test(folded))?.[0];
}
