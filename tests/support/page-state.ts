import type { Locator, Page } from "playwright-core";

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

/**
 * How many elements the locator finds once at least `shown` of them are on the page. A list that React renders after
 * a status line may still be empty when the status is read: counting at once is a race, not a defect.
 */
export async function countOnceShown(locator: Locator, shown: number): Promise<number> {
  if (shown > 0) await locator.nth(shown - 1).waitFor({ state: "attached" });
  return locator.count();
}
