import type { Page } from "playwright-core";

/** What a page would show if some hostile text had been interpreted instead of displayed. */
export interface XssEvidence {
  /** `window.__xss`, set by any payload of the corpus that ran. */
  readonly marker: unknown;
  readonly dialogs: readonly string[];
  /** securitypolicyviolation events: our code tried to run or load something the CSP forbids. */
  readonly cspViolations: readonly string[];
  /** Links a click would run or render as a page: javascript:, vbscript:, data:text/html. */
  readonly scriptLinks: readonly string[];
  /** Elements carrying an inline event handler, or inline script, frame and plugin elements. */
  readonly injectedElements: readonly string[];
}

interface TrapWindow {
  __xss?: unknown;
  __csp?: string[];
}

/**
 * Arms the traps before any script of the page runs, for every document the page loads. Dialogs are recorded and
 * dismissed: a dialog left open would block the page.
 */
export async function armXssTraps(page: Page): Promise<{ evidence: () => Promise<XssEvidence> }> {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const trap = window as unknown as TrapWindow;
    trap.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      trap.__csp?.push(`${e.violatedDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  const evidence = async (): Promise<XssEvidence> => {
    const seen = await page.evaluate(() => {
      const trap = window as unknown as TrapWindow;
      const describe = (el: Element) => el.outerHTML.slice(0, 120);
      const scriptLinks = [...document.querySelectorAll("[href], [src], [action], [formaction]")]
        .flatMap((el) => ["href", "src", "action", "formaction"].map((a) => el.getAttribute(a) ?? ""))
        .filter((url) => /^\s*(javascript|vbscript):|^\s*data:text\/html/i.test(url));
      const injectedElements = [...document.querySelectorAll("*")]
        .filter(
          (el) =>
            [...el.attributes].some((a) => a.name.toLowerCase().startsWith("on")) ||
            el.matches("script:not([src]), iframe, object, embed, frame"),
        )
        .map(describe);
      return { marker: trap.__xss, cspViolations: trap.__csp ?? [], scriptLinks, injectedElements };
    });
    return { ...seen, dialogs: [...dialogs] };
  };
  return { evidence };
}

/** The evidence of a page where nothing hostile was interpreted. */
export const CLEAN: XssEvidence = {
  marker: undefined,
  dialogs: [],
  cspViolations: [],
  scriptLinks: [],
  injectedElements: [],
};
