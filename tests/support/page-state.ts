import type { Page } from "playwright-core";

/** Waits until no Fluent spinner is left: every list the view reads has answered. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector(".fui-Spinner") === null, undefined, { polling: 50 });
}

/** Everything the page shows as text, field values included: where hostile text must appear as typed. */
export function pageText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      document.body.textContent ?? "",
      ...[...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea")].map((e) => e.value),
    ].join("\n"),
  );
}
