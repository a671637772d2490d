import type { Finding } from "../rules";
import { runRules } from "../rules";
import type { BudgetDocument } from "./model";
import { BUDGET_RULES } from "./rules";
import { budgetSubject } from "./subject";

export interface CheckBudgetOptions {
  /** ISO date whose law applies; defaults to the vote date, else today. */
  readonly date?: string;
  readonly today: string;
  readonly population?: number;
}

/** Runs every BUD-* rule on a budget document. */
export function checkBudget(document: BudgetDocument, options: CheckBudgetOptions): Finding[] {
  const date = options.date ?? document.dateVote ?? options.today;
  return runRules(BUDGET_RULES, budgetSubject(document, options.population), { date });
}
