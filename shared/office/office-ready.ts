import type { HostContext } from "@shared/ports/host-context";

/** The add-in manifests open the task panes with `?host=office`; any other URL is the browser preview. */
export function isOfficeLaunch(search: string): boolean {
  return new URLSearchParams(search).get("host") === "office";
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`impossible de charger ${src}`));
    document.head.appendChild(script);
  });
}

/**
 * Microsoft's CDN build of office.js: the one the Marketplace requires, kept current by Microsoft, and the one that
 * carries the nested-app-auth bridge MSAL's nestable client talks to (the npm package is an older build without it).
 */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The npm copy served beside the pages: for offline tests, and a pane whose network cannot reach the CDN. */
export const OFFICE_JS_LOCAL = "office-js/office.js";

/** Loads office.js: Microsoft's CDN copy, or the npm one beside the pages when the CDN is out of reach. */
export const loadOfficeJs = (): Promise<void> => loadScript(OFFICE_JS_CDN).catch(() => loadScript(OFFICE_JS_LOCAL));

/** The Office host around the page, or null in a plain browser. */
export type OfficeHost = "word" | "excel" | "other" | null;

/**
 * Loads office.js and resolves with the Office host, only when the manifest launched the page. In a plain browser
 * office.js is never loaded: it would wait for a host that is not there.
 */
export async function officeReady(search: string): Promise<OfficeHost> {
  if (!isOfficeLaunch(search)) return null;
  await loadOfficeJs();
  // Null when office.js finds no host around the page (typed as always set).
  const { host } = (await Office.onReady()) as { host: Office.HostType | null };
  if (host === Office.HostType.Word) return "word";
  if (host === Office.HostType.Excel) return "excel";
  return host ? "other" : null;
}

/**
 * The account Office is signed in with, as the login hint for MSAL's ssoSilent (Office.auth.getAuthContext, in
 * IdentityAPI 1.3). Undefined where the host does not offer it.
 */
export async function officeLoginHint(): Promise<string | undefined> {
  if (!Office.context.requirements.isSetSupported("IdentityAPI", "1.3")) return undefined;
  const context = await Office.auth.getAuthContext();
  return context.userPrincipalName || undefined;
}

/**
 * The host context of a pane's frame, drawn while office.js is still loading: Office's panes use the light theme
 * (as `officeHostContext` says once Office answers) and are never a preview.
 */
export function pendingOfficeHost(kind: "word" | "excel"): HostContext {
  return { kind, isPreview: false, theme: "light", locale: "fr-FR" };
}

export function officeHostContext(kind: "word" | "excel"): HostContext {
  return { kind, isPreview: false, theme: "light", locale: Office.context.displayLanguage };
}
