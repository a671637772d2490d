export { BarChart } from "./BarChart";
export type { BarChartProps, BarGroup, BarSeries } from "./BarChart";
