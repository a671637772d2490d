import { seriousViolations } from "../support/axe";
import { startBrowserSuite } from "../support/browser-suite";
import type { BrowserSuite } from "../support/browser-suite";
import { settled } from "../support/page-state";
import { EXCEL, TEAMS, WORD } from "../support/page-views";
import type { Step } from "../support/page-views";

describe("axe-core sur chaque vue des trois pages, sans violation sérieuse ni critique", () => {
  let suite: BrowserSuite;

  beforeAll(async () => {
    suite = await startBrowserSuite();
  });
  afterAll(() => suite?.close());

  /** Walks the views in order and returns the violations found in each, keyed by view. */
  async function audit(
    url: string,
    heading: string,
    views: readonly [string, ...Step[]][],
  ): Promise<Record<string, string[]>> {
    const { page, errors } = await suite.newPage();
    await page.goto(url);
    await page.getByRole("heading", { name: heading }).waitFor();
    await settled(page);
    const found: Record<string, string[]> = {};
    for (const [name, ...steps] of views) {
      for (const step of steps) await step(page);
      await settled(page);
      found[name] = await seriousViolations(page);
    }
    found["erreurs de console"] = errors;
    await page.close();
    return found;
  }

  const none = (views: readonly [string, ...Step[]][]) =>
    Object.fromEntries([...views.map(([name]) => [name, []]), ["erreurs de console", []]]);

  it("le volet Word : clauses, acte complet, vérification, mises à jour", async () => {
    await expect(audit(`${suite.url}/word.html`, "Actes de la mairie", WORD)).resolves.toEqual(none(WORD));
  });

  it("le volet Excel : vérification du budget, création, plan de financement, synthèse", async () => {
    await expect(audit(`${suite.url}/excel.html`, "Budget de la commune", EXCEL)).resolves.toEqual(none(EXCEL));
  });

  it.each(["light", "dark", "contrast"])(
    "l'onglet Teams, thème %s : chaque vue de chaque rôle",
    async (theme) => {
      await expect(
        audit(`${suite.url}/teams.html?theme=${theme}`, "Mairie — secrétariat général", TEAMS),
      ).resolves.toEqual(none(TEAMS));
    },
    60_000,
  );
});
