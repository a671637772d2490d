import type { HostContext, HostKind, ThemeName } from "@shared/ports/host-context";

/** The host context of a page opened in a plain browser: simulated, and marked as such in the UI. */
export function previewHostContext(
  simulates: Exclude<HostKind, "preview">,
  theme: ThemeName = "light",
): HostContext & { simulates: HostKind } {
  return { kind: "preview", simulates, isPreview: true, theme, locale: "fr-FR", userName: "Camille Martin (aperçu)" };
}
