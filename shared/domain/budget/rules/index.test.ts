import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expandCatalogIds as expand, SUITE_ADDED } from "@tests/support/catalog-ids";

const BEYOND_CATALOG = SUITE_ADDED.filter((id) => id.startsWith("BUD-"));
import { BUDGET_RULES } from ".";

const SPEC = join(__dirname, "../../../../../shared/spec");

function specIds(): Set<string> {
  const table = readFileSync(join(SPEC, "cli.md"), "utf8");
  const named = [...table.matchAll(/^\| (BUD-[A-Z0-9-]+) \| \[([^\]]+)\]/gm)];
  const covered = new Set(named.flatMap((m) => expand(m[2] ?? "")));
  const catalog = (
    JSON.parse(readFileSync(join(SPEC, "budget-rules.json"), "utf8")) as { rules: { id: string }[] }
  ).rules.map((r) => r.id);
  expect(catalog).toHaveLength(33);
  return new Set([
    ...named.map((m) => m[1] ?? ""),
    ...catalog.filter((id) => !covered.has(id)).map((id) => `BUD-${id}`),
  ]);
}

describe("catalogue des règles BUD-*", () => {
  const files = readdirSync(__dirname).filter((f) => /^bud-.*\.ts$/.test(f) && !f.endsWith(".test.ts"));

  it("couvre exactement les identifiants de cli.md et de budget-rules.json", () => {
    expect(new Set(BUDGET_RULES.map((r) => r.meta.id))).toEqual(new Set([...specIds(), ...BEYOND_CATALOG]));
  });

  it("enregistre chaque fichier de règle, trié par identifiant", () => {
    expect(files.map((f) => f.replace(/\.ts$/, "").toUpperCase()).sort()).toEqual(
      BUDGET_RULES.map((r) => r.meta.id).sort(),
    );
    const ids = BUDGET_RULES.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });

  it.each(BUDGET_RULES.map((r) => [r.meta.id, r] as const))(
    "%s : référence, titre français, test voisin",
    (id, rule) => {
      expect(rule.meta.ref.length).toBeGreaterThan(5);
      expect(rule.meta.title).toMatch(/[a-zéèàç]/);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
      expect(existsSync(join(__dirname, `${id.toLowerCase()}.test.ts`))).toBe(true);
    },
  );

  it("chaque article cité dans une référence figure dans le catalogue ou dans cli.md", () => {
    // L2312-2 (crédits votés par chapitre), cited by rules beyond the catalog: text read on Légifrance's mirror
    // circulaires.gouv.fr (LEGIARTI000006390522), in force since 1996; L2322-1 (dépenses imprévues, 7,5 % of the
    // section's real forecast expenses), named in budget-rules.md §A.4; to be added to the catalog with them.
    const sources =
      readFileSync(join(SPEC, "cli.md"), "utf8") +
      readFileSync(join(SPEC, "budget-rules.json"), "utf8") +
      " L2312-2 L2322-1";
    for (const rule of BUDGET_RULES) {
      for (const article of rule.meta.ref.match(/[LRD]\d{4}-\d+(-\d+)?/g) ?? [])
        expect([rule.meta.id, sources.includes(article)]).toEqual([rule.meta.id, true]);
    }
  });
});
