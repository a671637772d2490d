import { buildSync } from "esbuild";
import type { Page } from "playwright-core";

type ExcelValue = string | number | boolean;

/**
 * The browser side of the fake: Excel and Office as tests/support/fake-office.ts fakes them, plus what office.js
 * offers a page (onReady, HostType, the display language). It reads the workbook the test put in the page.
 */
const ENTRY = `
import { installFakeExcel } from "./fake-office";
const { state } = installFakeExcel(window.__fakeSheets);
Object.assign(Office, {
  HostType: { Word: "Word", Excel: "Excel" },
  onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
});
Office.context.displayLanguage = "fr-FR";
window.__fakeExcel = state;
`;

let bundle: string | undefined;

/** office.js replaced by the fake, built once from the TypeScript sources. */
function fakeOfficeScript(): string {
  bundle ??= buildSync({ stdin: { contents: ENTRY, resolveDir: __dirname, loader: "ts" }, bundle: true, format: "iife", target: "es2020", write: false }).outputFiles[0]?.text ?? "";
  return bundle;
}

/**
 * Opens a task pane as Excel would (`?host=office`), on a workbook holding `sheets`: the real Excel adapter of the
 * pane reads and marks them. office.js is served from our origin, as in production, so the page's CSP is the same.
 */
export async function openInFakeExcel(page: Page, url: string, sheets: Record<string, ExcelValue[][]>): Promise<void> {
  await page.addInitScript((s) => Object.assign(window, { __fakeSheets: s }), sheets);
  await page.route("**/office-js/office.js", (route) => route.fulfill({ contentType: "text/javascript", body: fakeOfficeScript() }));
  await page.goto(`${url}?host=office`);
}
