export { BalanceSummary } from "./BalanceSummary";
export type { BalanceRow, BalanceSummaryProps } from "./BalanceSummary";
