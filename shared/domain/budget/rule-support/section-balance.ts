import { formatMoney } from "../../common/money";
import type { RuleContext } from "../../rules";
import { isYearEnd, sectionTotal } from "../figures";
import type { Section } from "../model";
import type { BudgetSubject } from "../subject";
import { appliesTo } from "./support";

export const SECTION_MESSAGES = {
  unbalanced: "Section {section} en déséquilibre : dépenses {depenses}, recettes {recettes} (écart {ecart}).",
  yearEnd:
    "Crédits ouverts de la section {section} non équilibrés au {document} : dépenses {depenses}, recettes {recettes} (écart {ecart}) ; admis sur un compte de fin d'exercice si les reports l'expliquent.",
  noData: "Équilibre de la section {section} non vérifié : le document ne donne pas les crédits votés.",
} as const;

/**
 * R ≥ D on the credits of one section (EQ-01/EQ-02): surplus allowed (L1612-6, L1612-7). On a CA/CFU the credits
 * include carried-over amounts, so a gap is a warning (cli.md).
 */
export function checkSectionBalance(
  section: Section,
  subject: BudgetSubject,
  context: RuleContext<keyof typeof SECTION_MESSAGES>,
): void {
  const { index, document } = subject;
  const label = section === "F" ? "de fonctionnement" : "d'investissement";
  if (!index.has("credits")) {
    context.report({ messageId: "noData", data: { section: label }, severity: "info" });
    return;
  }
  const depenses = sectionTotal(index, "credits", section, "D");
  const recettes = sectionTotal(index, "credits", section, "R");
  if (recettes >= depenses) return;
  const data = {
    section: label,
    depenses: formatMoney(depenses),
    recettes: formatMoney(recettes),
    ecart: formatMoney(depenses - recettes),
  };
  if (isYearEnd(document)) {
    context.report({
      messageId: "yearEnd",
      data: { ...data, document: document.type },
      severity: "warning",
      at: { section },
    });
  } else if (appliesTo(subject, ["BP", "BS", "DM"])) {
    context.report({ messageId: "unbalanced", data, at: { section } });
  }
}
