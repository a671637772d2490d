import { FluentProvider, Link } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ReactNode } from "react";
import type { HostContext, HostKind } from "@shared/ports/host-context";
import { fr } from "../i18n/fr";
import { useAppShellStyles } from "./app-shell-styles";
import { PreviewTools } from "./PreviewTools";
import { themeFor } from "./themes";

export interface AppShellProps {
  readonly host: HostContext & { readonly simulates?: HostKind };
  readonly title: string;
  readonly children: ReactNode;
}

/** The frame every page shares: Fluent theme from the host, a visible preview banner outside Office and Teams. */
export function AppShell({ host, title, children }: AppShellProps) {
  const styles = useAppShellStyles();
  const [themeName, setThemeName] = useState(host.theme);
  useEffect(() => host.onThemeChange?.(setThemeName), [host]);
  return (
    <FluentProvider theme={themeFor(host.kind, themeName, host.simulates)} lang="fr">
      <div className={styles.root} data-theme={themeName}>
        {host.isPreview && (
          <PreviewTools simulates={host.simulates} themeName={themeName} onThemeChange={setThemeName} />
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
