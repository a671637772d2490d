import type { Locator, Page } from "playwright-core";

/** The focused element as a keyboard user meets it: its tag and the name it is announced with. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "body";
    const labelled = el
      .getAttribute("aria-labelledby")
      ?.split(" ")
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ");
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    const name = el.getAttribute("aria-label") || labelled || label || el.textContent || "";
    return `${el.tagName.toLowerCase()} « ${name.trim().slice(0, 60)} »`;
  });
}

const holdsFocus = (target: Locator) =>
  target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

/**
 * Presses `key` (Tab, Shift+Tab, an arrow…) until `target` has the focus, and returns the names met on the way,
 * so that a test can tell the order controls are reached in. Throws with that path when `max` presses do not do.
 */
export async function pressUntilFocused(page: Page, target: Locator, key = "Tab", max = 40): Promise<string[]> {
  await target.waitFor();
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    path.push(await focusedName(page));
    if (await holdsFocus(target)) return path;
  }
  throw new Error(`Pas de focus sur la cible après ${max} × ${key} : ${path.join(" → ")}`);
}

/**
 * Whether the focused control shows that it has the focus: its surroundings look different once it is blurred.
 * The caret is hidden in both captures, so a text field counts only for its focus indicator.
 */
export async function focusIsVisible(page: Page): Promise<boolean> {
  const box = await page.evaluate(() => {
    const r = (document.activeElement ?? document.body).getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  const clip = { x: Math.max(0, box.x - 4), y: Math.max(0, box.y - 4), width: box.width + 8, height: box.height + 8 };
  const focused = await page.screenshot({ clip, animations: "disabled", caret: "hide" });
  const handle = await page.evaluateHandle(() => document.activeElement as HTMLElement);
  await handle.evaluate((el) => el.blur());
  const blurred = await page.screenshot({ clip, animations: "disabled", caret: "hide" });
  await handle.evaluate((el) => el.focus());
  await handle.dispose();
  return !focused.equals(blurred);
}
