import type { RuleContext } from "../../rules";
import { avantDm } from "../dm";
import type { AvantDm } from "../dm";
import type { BudgetModifie, ChapitreCredits, DocumentType } from "../model";
import type { BudgetSubject } from "../subject";
import { DOCUMENT_FR, frenchDate, SECTION_FR } from "./support";

/** Helpers of the BUD-DM-* rules that read a DM against the budget it modifies. */

/** « le budget primitif du 28/03/2024 », « la décision modificative du 22/11/2021 ». */
export function documentFr(type: DocumentType, dateVote: string | undefined): string {
  const date = dateVote ? ` du ${frenchDate(dateVote)}` : "";
  return `${type === "DM" ? "la" : "le"} ${DOCUMENT_FR[type]}${date}`;
}

/** The budget modified as messages name it; without it, the DM's own report of it. */
export function budgetModifieFr(modifie: BudgetModifie | undefined): string {
  if (!modifie) return "le budget que la décision modifie (selon son budget précédent, MtBudgPrec)";
  return documentFr(modifie.type, modifie.dateVote);
}

/** « 011 (dépenses de la section de fonctionnement) ». */
export function chapitreFr(c: Pick<ChapitreCredits, "section" | "sens" | "chapitre">): string {
  return `${c.chapitre} (${c.sens === "D" ? "dépenses" : "recettes"} de la section ${SECTION_FR[c.section]})`;
}

export const NO_DOCUMENT =
  "le budget que la décision modifie n'est pas fourni (mairie check-budget --precedent BP.xml DM.xml) et la décision ne donne pas son budget précédent (MtBudgPrec)";

/**
 * What a chapter-by-chapter DM rule starts from: the credits before the DM and the budget named in messages. A
 * document other than a DM gives nothing; a DM without the budget it modifies is reported as unchecked, and gives
 * nothing either.
 */
export function dmAgainstBudget(
  { document, index }: BudgetSubject,
  context: RuleContext<"noDocument">,
): { readonly avant: AvantDm; readonly budget: string } | undefined {
  if (document.type !== "DM") return undefined;
  const avant = avantDm(document, index);
  if (!avant) {
    context.report({ messageId: "noDocument", severity: "info", data: { raison: NO_DOCUMENT } });
    return undefined;
  }
  return { avant, budget: budgetModifieFr(document.facts.budgetModifie) };
}
