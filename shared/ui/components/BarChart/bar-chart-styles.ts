import { makeStyles, tokens } from "@fluentui/react-components";

export const useBarChartStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  title: { fontWeight: tokens.fontWeightSemibold },
  svg: { width: "100%", height: "auto", overflow: "visible" },
  legend: { display: "flex", columnGap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: "none" },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginRight: tokens.spacingHorizontalXS },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { padding: `0 ${tokens.spacingHorizontalS}`, textAlign: "left" },
  amount: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

/** Theme colours, so that the chart follows Office's themes; blue and orange stay distinct for colour-blind readers. */
const PALETTE = [
  tokens.colorBrandBackground,
  tokens.colorPaletteMarigoldBorderActive,
  tokens.colorPaletteLightTealBorderActive,
];

/** The colour of a series, the same in the legend and on its bars. */
export function seriesColour(series: number): string | undefined {
  return PALETTE[series % PALETTE.length];
}
