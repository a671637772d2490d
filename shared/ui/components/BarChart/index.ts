export { BarChart } from "./BarChart";
export type { BarChartProps } from "./BarChart";
export type { BarGroup, BarSeries } from "./bar-chart-layout";
