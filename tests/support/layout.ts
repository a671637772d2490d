import type { Page } from "playwright-core";

/**
 * What does not fit the page's width as it is now, each said so that a failure says where to look: the page scrolls
 * sideways, an element sticks out past the right edge, or a text is clipped by its box (overflow hidden or an
 * ellipsis). A box that scrolls on purpose (overflow auto or scroll) holds what it holds; fields scroll their own text;
 * visually hidden text (1 px, clipped for screen readers) and Fluent's invisible native inputs are not shown at all.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const problems: string[] = [];
    if (root.scrollWidth > root.clientWidth)
      problems.push(`la page défile en largeur : ${root.scrollWidth} px pour ${root.clientWidth} px`);
    const describe = (el: Element) => {
      const text = (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 60);
      const cls = [...el.classList].filter((c) => c.startsWith("fui-")).join(".");
      return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ""} « ${text} »`;
    };
    const scrolls = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        const o = getComputedStyle(up).overflowX;
        if (o === "auto" || o === "scroll") return true;
      }
      return false;
    };
    const over = new Set<Element | null>();
    for (const el of document.body.querySelectorAll("*")) {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (style.visibility === "hidden" || box.width <= 1 || box.height <= 1 || style.opacity === "0") continue;
      if (["INPUT", "TEXTAREA", "SELECT", "OPTION", "svg", "path"].includes(el.tagName)) continue;
      if (scrolls(el)) continue;
      // Only the outermost element that sticks out is named: its children go with it.
      if (box.right > root.clientWidth + 1) {
        if (!over.has(el.parentElement))
          problems.push(`dépasse à droite de ${Math.round(box.right - root.clientWidth)} px : ${describe(el)}`);
        over.add(el);
      }
      const clips = style.overflowX === "hidden" || style.overflowX === "clip" || style.textOverflow === "ellipsis";
      if (clips && el.scrollWidth > el.clientWidth + 1 && (el.textContent ?? "").trim() !== "")
        problems.push(`texte coupé (${el.scrollWidth} px dans ${el.clientWidth} px) : ${describe(el)}`);
    }
    return problems;
  });
}
