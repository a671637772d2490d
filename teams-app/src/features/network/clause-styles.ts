import { makeStyles, tokens } from "@fluentui/react-components";

/** One clause in a list, proposed by a member or from the team's catalog. */
export const useClauseStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
  },
  text: { whiteSpace: "pre-wrap" },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});
