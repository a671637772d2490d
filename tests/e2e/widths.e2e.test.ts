import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { seriousViolations } from "../support/axe";
import { startBrowserSuite } from "../support/browser-suite";
import type { BrowserSuite } from "../support/browser-suite";
import { layoutProblems } from "../support/layout";
import { settled } from "../support/page-state";
import { EXCEL, TEAMS, WORD } from "../support/page-views";
import type { Step } from "../support/page-views";
import { ARTIFACTS } from "../support/store-browser";

/** A task pane or Teams on a phone, and a laptop screen. */
const WIDTHS = [360, 1366] as const;

/** The README's pictures, written by the 1366 px journey when MAIRIE_README_SCREENSHOTS=1. */
const README_SHOTS: Readonly<Record<string, string>> = {
  "teams cockpit": "teams-cockpit.png",
  "word Vérifier l'acte, résultats": "word-check.png",
  "excel Vérifier le budget, résultats": "excel-check.png",
};
const DOCS = path.resolve(__dirname, "../../docs/screenshots");

describe.each(WIDTHS)("chaque vue des trois pages à %i px de large", (width) => {
  let suite: BrowserSuite;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    suite = await startBrowserSuite(undefined, `widths-${width}`);
  });
  afterAll(() => suite?.close());

  /** Walks the views in order; for each, what does not fit and axe-core's serious violations. */
  async function walk(
    name: string,
    url: string,
    heading: string,
    views: readonly [string, ...Step[]][],
  ): Promise<Record<string, string[]>> {
    const page = await suite.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(url);
    await page.getByRole("heading", { name: heading }).waitFor();
    await settled(page);
    const found: Record<string, string[]> = {};
    for (const [view, ...steps] of views) {
      for (const step of steps) await step(page);
      await settled(page);
      found[view] = [...(await layoutProblems(page)), ...(await seriousViolations(page))];
      const file = `${name}-${width}-${view.replace(/[^\p{L}\d]+/gu, "-")}.png`;
      await page.screenshot({ path: path.join(ARTIFACTS, file), fullPage: true });
      const readme = README_SHOTS[`${name} ${view}`];
      if (readme && width === 1366 && process.env.MAIRIE_README_SCREENSHOTS === "1")
        copyFileSync(path.join(ARTIFACTS, file), path.join(DOCS, readme));
    }
    await page.close();
    return found;
  }

  const none = (views: readonly [string, ...Step[]][]) => Object.fromEntries(views.map(([view]) => [view, []]));

  it("le volet Word", async () => {
    await expect(walk("word", `${suite.url}/word.html`, "Actes de la mairie", WORD)).resolves.toEqual(none(WORD));
  });

  it("le volet Excel", async () => {
    await expect(walk("excel", `${suite.url}/excel.html`, "Budget de la commune", EXCEL)).resolves.toEqual(none(EXCEL));
  });

  it("l'onglet Teams, chaque vue de chaque rôle", async () => {
    await expect(walk("teams", `${suite.url}/teams.html`, "Mairie — secrétariat général", TEAMS)).resolves.toEqual(
      none(TEAMS),
    );
  });
});
