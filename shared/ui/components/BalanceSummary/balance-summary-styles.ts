import { makeStyles, tokens } from "@fluentui/react-components";

export const useBalanceSummaryStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase300 },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "left",
  },
  amount: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  // In a task pane the table becomes a list: one block per section, each amount under its column's name.
  narrow: {
    "@media (max-width: 479px)": {
      "& thead": { display: "none" },
      "& tbody, & tr, & th, & td": { display: "block" },
      "& tr": { paddingBottom: tokens.spacingVerticalS },
      "& td": { display: "flex", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
      "& td::before": { content: "attr(data-label)", textAlign: "left" },
    },
  },
  gap: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "flex-end",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
  },
});
