import type { Column } from "@shared/domain/budget/budget-index";
import type { Finding } from "@shared/domain/rules";
import type { BalanceRow } from "@shared/ui/components/BalanceSummary";
import type { SectionBalance } from "./balance";

/** The findings as the pane groups them: each section's, then those of the document as a whole. */
export function findingGroups(findings: readonly Finding[]): { title: string; findings: Finding[] }[] {
  return [
    { title: "Section de fonctionnement", findings: findings.filter((f) => f.at?.section === "F") },
    { title: "Section d'investissement", findings: findings.filter((f) => f.at?.section === "I") },
    { title: "Document et contrôles généraux", findings: findings.filter((f) => f.at?.section === undefined) },
  ];
}

/** The balance table's caption names the column the document is judged on (`mainColumn`). */
export function balanceCaption(column: Column): string {
  return `Équilibre des sections (${column === "realise" ? "réalisé" : "crédits votés"})`;
}

export function balanceRows(balances: readonly SectionBalance[]): BalanceRow[] {
  return balances.map((b) => ({
    label: b.section === "F" ? "Fonctionnement" : "Investissement",
    depenses: b.depenses,
    recettes: b.recettes,
  }));
}
