import { OFFICE_JS_CDN } from "@shared/office/office-ready";
import { buildSync } from "esbuild";
import type { Page } from "playwright-core";

type ExcelValue = string | number | boolean;

/** The document the fake host holds: a workbook's sheets for Excel, a document's paragraphs for Word. */
export type FakeDocument =
  | { readonly host: "Excel"; readonly sheets: Record<string, ExcelValue[][]> }
  | { readonly host: "Word"; readonly paragraphs: string[] };

/**
 * The browser side of the fake: Word or Excel and Office as tests/support/fake-office.ts fakes them, plus what
 * office.js offers a page (onReady, HostType, the display language). The fake's state is left in `window.__fake`.
 */
const entry = (host: FakeDocument["host"]) => `
import { installFakeExcel, installFakeWord } from "./fake-office";
const given = window.__fakeDocument;
const { state } = given.host === "Word" ? installFakeWord(given.paragraphs) : installFakeExcel(given.sheets);
Object.assign(Office, {
  HostType: { Word: "Word", Excel: "Excel" },
  onReady: () => Promise.resolve({ host: ${JSON.stringify(host)}, platform: "OfficeOnline" }),
});
Office.context.displayLanguage = "fr-FR";
window.__fake = state;
`;

const bundles = new Map<FakeDocument["host"], string>();

/** office.js replaced by the fake, built once per host from the TypeScript sources. */
function fakeOfficeScript(host: FakeDocument["host"]): string {
  const built =
    bundles.get(host) ??
    buildSync({
      stdin: { contents: entry(host), resolveDir: __dirname, loader: "ts" },
      bundle: true,
      format: "iife",
      target: "es2020",
      write: false,
    }).outputFiles[0]?.text ??
    "";
  bundles.set(host, built);
  return built;
}

/**
 * Opens a task pane as Word or Excel would (`?host=office`), on the document given: the pane's real Office adapter
 * reads and writes it. The fake office.js answers at Microsoft's CDN address, which the page loads first, so the
 * page's CSP is exercised as in production.
 */
export async function openInFakeOffice(page: Page, url: string, document: FakeDocument): Promise<void> {
  await page.addInitScript((d) => Object.assign(window, { __fakeDocument: d }), document);
  await page.route(OFFICE_JS_CDN, (route) =>
    route.fulfill({ contentType: "text/javascript", body: fakeOfficeScript(document.host) }),
  );
  await page.goto(`${url}?host=office`);
}
