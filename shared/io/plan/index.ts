export { PlanReadError } from "./errors";
export { PLAN_SHEET } from "./layout";
export type { PlanSource } from "./plan-source";
export { cellOf } from "./plan-source";
export { readPlanFile, readPlanJson } from "./read-plan";
export { readPlanWorkbook } from "./read-plan-sheet";
export { writePlanWorkbook } from "./write-plan-sheet";
