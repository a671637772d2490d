import { registerAllPlans } from "@shared/domain/budget/nomenclature/all-plans";

// Node tests read and check budgets synchronously: every account plan is at hand, as it is for the CLI once loaded.
registerAllPlans();
