import { startBrowserSuite } from "../support/browser-suite";
import type { BrowserSuite } from "../support/browser-suite";
import { APP_PAGES } from "../support/pages";
import { CLEAN, armXssTraps } from "../support/xss-traps";

/** The directives of a policy, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

describe("une politique de sécurité du contenu sur chaque page, que nos pages respectent", () => {
  let suite: BrowserSuite;
  beforeAll(async () => {
    suite = await startBrowserSuite();
  });
  afterAll(() => suite?.close());

  it.each(APP_PAGES)(
    "$file : scripts de la page seulement, ni eval ni inline, et aucune violation au démarrage",
    async ({ file, heading }) => {
      const { page, errors } = await suite.newPage();
      const { evidence } = await armXssTraps(page);
      const response = await page.goto(`${suite.url}/${file}`);
      await page.getByRole("heading", { name: heading }).waitFor();
      const policy = directives(
        (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")) ?? "",
      );
      // office.js comes from Microsoft's CDN in Office; nothing else from outside.
      expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
      expect(policy.get("object-src")).toEqual(["'none'"]);
      expect(policy.get("base-uri")).toEqual(["'self'"]);
      // frame-ancestors is ignored in a meta tag: the server sends it, naming the Office and Teams hosts.
      expect(response?.headers()["content-security-policy"]).toMatch(/frame-ancestors 'self' /);
      expect(await evidence()).toEqual(CLEAN);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
