import { makeStyles, tokens } from "@fluentui/react-components";

export const useDossierStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  file: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
});
