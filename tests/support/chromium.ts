import { chromium } from "playwright-core";
import type { Browser, ConsoleMessage, Page } from "playwright-core";

/** Debian's Chromium, driven by playwright-core: no browser download on these machines. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-gpu"],
  });
}

/**
 * Graph answers 404 when a séance's folder does not exist yet (no document generated), or when the commune has not
 * imported its prefecture's nomenclature (no classification.json in « Publications »), and the pages read that as
 * « none yet »; Chromium still logs every 4xx fetch as a console error. Only those two reads are let through.
 */
function isReadOfAbsentFile(message: ConsoleMessage): boolean {
  const url = decodeURIComponent(message.location().url);
  return (
    message.text().includes("status of 404") &&
    (/\/drive\/root:\/.*:\/children/.test(url) || /\/drive\/root:\/.*\/classification\.json:\/content/.test(url))
  );
}

/** Collects console errors and uncaught page errors, which every page test asserts to be empty. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() !== "error" || isReadOfAbsentFile(message)) return;
    errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}
