export type { Finding, Location, Severity, BudgetLineLocation, Evidence, EvidenceKind } from "./finding";
export { SEVERITY_ORDER, worstSeverity } from "./finding";
export type { Rule, RuleMeta, RuleContext, Report, Effective, Verification, MessageData } from "./rule";
export { defineRule } from "./rule";
export { runRules, formatMessage, isInForce, sortFindings } from "./run-rules";
export type { RunOptions } from "./run-rules";
