export { BalanceSummary } from "./BalanceSummary";
export type { BalanceSummaryProps } from "./BalanceSummary";
export type { BalanceRow } from "./balance-summary";
