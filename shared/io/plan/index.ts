export { PlanReadError } from "./errors";
export { PLAN_SHEET } from "./layout";
export type { PlanSource } from "./plan-source";
export { cellOf } from "./plan-source";
export { readPlanFile, readPlanJson } from "./read-plan";
export { gridToPlan } from "./plan-grid-reader";
export { planTemplateGrid, planToGrid } from "./plan-grid-writer";
export { readPlanWorkbook } from "./read-plan-sheet";
export { writePlanWorkbook } from "./write-plan-sheet";
