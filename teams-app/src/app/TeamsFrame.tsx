import type { ReactNode } from "react";
import type { HostContext, HostKind } from "@shared/ports/host-context";
import { PageFrame } from "@shared/ui/app-shell/PageFrame";

/** The tab's frame and heading, drawn by the page's first script; the views replace its spinner (index.tsx). */
export function TeamsFrame({
  host,
  children,
}: {
  host: HostContext & { readonly simulates?: HostKind };
  children?: ReactNode;
}) {
  return (
    <PageFrame host={host} title="Mairie" heading="Mairie — secrétariat général">
      {children}
    </PageFrame>
  );
}
