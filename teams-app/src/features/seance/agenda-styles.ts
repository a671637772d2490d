import { makeStyles, tokens } from "@fluentui/react-components";

export const useAgendaStyles = makeStyles({
  // Under 700 px (task pane, phone) the fields stack, the objet on the whole width.
  row: {
    display: "grid",
    gridTemplateColumns: "2em minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
    "@media (min-width: 700px)": { gridTemplateColumns: "2em minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1.3fr)" },
    "@media (max-width: 699px)": { "& > .fui-Field": { gridColumn: "2" } },
  },
  input: { minWidth: 0, width: "100%" },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    gridColumn: "2 / -1",
    alignItems: "center",
  },
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  add: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    "@media (min-width: 700px)": { gridTemplateColumns: "minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1fr)" },
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
  submit: { gridColumn: "1 / -1", justifySelf: "start" },
});
