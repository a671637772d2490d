import { makeStyles, tokens } from "@fluentui/react-components";

export const useAppShellStyles = makeStyles({
  root: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  main: {
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalM,
    // A native drop-down and a text field are as wide as their longest option or their `size`: in a 320 px pane they
    // pushed the page sideways. They take the width they are given, and the tabs wrap instead of running off.
    "& .fui-Select, & .fui-Input": { maxWidth: "100%", minWidth: 0 },
    "& .fui-Select__select": { maxWidth: "100%", minWidth: 0, textOverflow: "ellipsis" },
    "& .fui-Input__input": { minWidth: 0 },
    "& .fui-TabList": { flexWrap: "wrap" },
  },
  footer: { padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}` },
});

export const usePreviewToolsStyles = makeStyles({
  previewTools: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "flex-end",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} 0`,
  },
});
