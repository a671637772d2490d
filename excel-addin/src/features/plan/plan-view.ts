import { PLAN_SHEET } from "@shared/io/plan/layout";

export const PLAN_CREATED = `Feuille « ${PLAN_SHEET} » créée : complétez l'en-tête, les dépenses et les financeurs, puis vérifiez le plan.`;

/** The plan in one line above its findings: the project, the basis of its expenses, and both totals. */
export function planTotalsLine({
  plan,
  totals,
}: {
  readonly plan: { readonly project: { readonly title: string }; readonly basis: string };
  readonly totals: { readonly depenses: string; readonly financements: string };
}): string {
  return `${plan.project.title} — dépenses (${plan.basis}) : ${totals.depenses} ; financements : ${totals.financements}.`;
}
