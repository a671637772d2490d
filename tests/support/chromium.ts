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
 * Graph answers 404 when a séance's folder does not exist yet (no document generated), and the pages read that as
 * « no document »; Chromium still logs every 4xx fetch as a console error. Only that listing is let through.
 */
function isAbsentSeanceFolder(message: ConsoleMessage): boolean {
  return (
    message.text().includes("status of 404") &&
    /\/drive\/root:\/.*:\/children/.test(decodeURIComponent(message.location().url))
  );
}

/** Collects console errors and uncaught page errors, which every page test asserts to be empty. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() !== "error" || isAbsentSeanceFolder(message)) return;
    errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}
