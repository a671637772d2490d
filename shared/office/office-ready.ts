import type { HostContext } from "../ports/host-context";

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
 * Loads office.js from our own server (offline pages still start) and resolves with the Office host, only when the
 * manifest launched the page. In a plain browser office.js is never loaded: it would wait for a host that is not there.
 */
export async function officeReady(search: string): Promise<"word" | "excel" | "other" | null> {
  if (!isOfficeLaunch(search)) return null;
  await loadScript("office-js/office.js");
  const { host } = await Office.onReady();
  if (host === Office.HostType.Word) return "word";
  if (host === Office.HostType.Excel) return "excel";
  return host ? "other" : null;
}

export function officeHostContext(kind: "word" | "excel"): HostContext {
  return { kind, isPreview: false, theme: "light", locale: Office.context.displayLanguage };
}
