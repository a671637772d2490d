import { Spinner, Title3 } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { HostContext, HostKind } from "@shared/ports/host-context";
import { AppShell } from "@shared/ui/app-shell/AppShell";
import { fr } from "@shared/ui/i18n/fr";

/**
 * The tab's frame and heading. The page shows it as soon as its first script runs, with a spinner where the views
 * go, while the data layer and the views arrive in chunks of their own (index.tsx).
 */
export function TeamsFrame({
  host,
  children = <Spinner size="small" label={fr.loading} />,
}: {
  host: HostContext & { readonly simulates?: HostKind };
  children?: ReactNode;
}) {
  return (
    <AppShell host={host} title="Mairie">
      <Title3 as="h1">Mairie — secrétariat général</Title3>
      {children}
    </AppShell>
  );
}
