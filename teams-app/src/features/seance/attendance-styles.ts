import { makeStyles, tokens } from "@fluentui/react-components";

/** The présents at the opening and the procurations below them share one grid, so that their columns line up. */
export const useAttendanceGridStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 200px), 1fr))",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
});
