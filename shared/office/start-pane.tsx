import type { ReactNode } from "react";
import { previewHostContext } from "@shared/preview/preview-host-context";
import { PageFrame } from "@shared/ui/app-shell/PageFrame";
import { mountFailure, startInStages } from "@shared/ui/render/mount";
import { isOfficeLaunch, officeReady, pendingOfficeHost } from "./office-ready";
import type { OfficeHost } from "./office-ready";

/**
 * Starts a Word or Excel task pane: its first script draws the frame and heading, then `pane` fetches the pane's code
 * (a dynamic import) and composes it. office.js loads meanwhile, not after: `pane` receives its answer as a promise.
 */
export function startOfficePane(
  kind: "word" | "excel",
  text: { readonly title: string; readonly heading: string },
  pane: (host: Promise<OfficeHost>) => Promise<ReactNode>,
): void {
  const search = window.location.search;
  const host = officeReady(search);
  // Not an unhandled rejection: `pane` awaits it once its chunk is there, and says why the pane could not start.
  host.catch(() => undefined);
  const frameHost = isOfficeLaunch(search) ? pendingOfficeHost(kind) : previewHostContext(kind);
  startInStages(<PageFrame host={frameHost} {...text} />, () => pane(host)).catch(mountFailure);
}
