import {
  FluentProvider,
  Label,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { ReactNode } from "react";
import type { HostContext, HostKind, ThemeName } from "@shared/ports/host-context";
import { fr } from "../i18n/fr";
import { themeFor } from "./themes";

const useStyles = makeStyles({
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
  previewTools: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "flex-end",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} 0`,
  },
  footer: { padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}` },
});

const THEMES: readonly (readonly [ThemeName, string])[] = [
  ["light", "Clair"],
  ["dark", "Sombre"],
  ["contrast", "Contraste élevé"],
];

export interface AppShellProps {
  readonly host: HostContext & { readonly simulates?: HostKind };
  readonly title: string;
  readonly children: ReactNode;
}

/** The frame every page shares: Fluent theme from the host, a visible preview banner outside Office and Teams. */
export function AppShell({ host, title, children }: AppShellProps) {
  const styles = useStyles();
  const [themeName, setThemeName] = useState(host.theme);
  const themeId = useId();
  useEffect(() => host.onThemeChange?.(setThemeName), [host]);
  return (
    <FluentProvider theme={themeFor(host.kind, themeName, host.simulates)} lang="fr">
      <div className={styles.root} data-theme={themeName}>
        {host.isPreview && (
          <>
            <MessageBar intent="warning" role="status">
              <MessageBarBody>{host.simulates === "teams" ? fr.preview.teamsBanner : fr.preview.banner}</MessageBarBody>
            </MessageBar>
            {/* Outside Teams or Office nothing sets the theme: the preview lets one try each of them. */}
            <div className={styles.previewTools}>
              <Label htmlFor={themeId} size="small">
                {fr.preview.theme}
              </Label>
              <Select
                id={themeId}
                size="small"
                value={themeName}
                onChange={(_e, d) => setThemeName(d.value as ThemeName)}
              >
                {THEMES.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </Select>
            </div>
          </>
        )}
        <main className={styles.main} aria-label={title}>
          {children}
        </main>
        {/* The help page served beside the pages (the manifests' SupportUrl): reachable from every page. */}
        <footer className={styles.footer}>
          <Link href="aide.html" target="_blank" rel="noreferrer">
            {fr.help}
          </Link>
        </footer>
      </div>
    </FluentProvider>
  );
}
