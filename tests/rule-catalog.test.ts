/**
 * The catalog and the code, one to one: every rule id of the spec is one file of a rules folder, named after it, that
 * exports a rule bearing it; every rule file bears an id of the spec, or one of the few the suite added (listed here
 * with why). A rules folder holds rules only, so that its listing reads as a list of ids.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { expandCatalogIds, SUITE_ADDED } from "@tests/support/catalog-ids";

const SPEC = path.join(__dirname, "..", "..", "shared", "spec");
const DOMAIN = path.join(__dirname, "..", "shared", "domain");

const catalogIds = z
  .array(z.looseObject({ id: z.string() }))
  .parse(parse(readFileSync(path.join(SPEC, "rules-seance-actes.yaml"), "utf8")))
  .map((entry) => entry.id);
const budget = z
  .looseObject({
    rules: z.array(z.looseObject({ id: z.string() })),
    financing_plan_rules: z.array(z.looseObject({ id: z.string() })),
  })
  .parse(JSON.parse(readFileSync(path.join(SPEC, "budget-rules.json"), "utf8")));
const cli = readFileSync(path.join(SPEC, "cli.md"), "utf8");

/** A budget catalog id under the id findings carry: cli.md names some rules after several ids, the rest are prefixed. */
function contractIds(ids: readonly string[], prefix: "BUD" | "PLAN"): [string, string][] {
  const named = [...cli.matchAll(new RegExp(`^\\| (${prefix}-[A-Z0-9-]+) \\| \\[([^\\]]+)\\]`, "gm"))];
  const byCatalog = new Map(named.flatMap((m) => expandCatalogIds(m[2] ?? "").map((id) => [id, m[1] ?? ""] as const)));
  return ids.map((id) => [id, byCatalog.get(id) ?? `${prefix}-${id}`]);
}

const SPEC_IDS: readonly [string, string][] = [
  ...catalogIds.map((id): [string, string] => [id, id]),
  ...contractIds(
    budget.rules.map((r) => r.id),
    "BUD",
  ),
  ...contractIds(
    budget.financing_plan_rules.map((r) => r.id),
    "PLAN",
  ),
];

const RULE_FOLDERS = readdirSync(DOMAIN, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && readdirSync(path.join(DOMAIN, entry.name)).includes("rules"))
  .map((entry) => path.join(DOMAIN, entry.name, "rules"));
const RULE_FILES = RULE_FOLDERS.flatMap((folder) =>
  readdirSync(folder)
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && file !== "index.ts")
    .map((file) => path.join(folder, file)),
);

const ruleModule = z.object({ default: z.object({ meta: z.object({ id: z.string() }) }) });
async function exportedId(file: string): Promise<string> {
  return ruleModule.parse(await import(file)).default.meta.id;
}

describe("catalogue des règles et fichiers de règles", () => {
  it("lit les catalogues de la spécification", () => {
    expect(RULE_FOLDERS.map((folder) => path.basename(path.dirname(folder))).sort()).toEqual([
      "acts",
      "budget",
      "council",
      "subsidies",
      "transmission",
    ]);
    expect(catalogIds.length).toBeGreaterThanOrEqual(80);
    expect(budget.rules.length + budget.financing_plan_rules.length).toBe(41);
  });

  it.each(SPEC_IDS)("%s → une seule règle %s, dans le fichier de son nom", async (_catalogId, id) => {
    const files = RULE_FILES.filter((file) => path.basename(file) === `${id.toLowerCase()}.ts`);
    expect([id, files.length]).toEqual([id, 1]);
    expect(await exportedId(files[0] ?? "")).toBe(id);
  });

  it("chaque fichier de règle porte un identifiant de la spécification ou un ajout documenté de la suite", async () => {
    const known = new Set([...SPEC_IDS.map(([, id]) => id), ...SUITE_ADDED]);
    for (const file of RULE_FILES) {
      const id = await exportedId(file);
      expect([path.basename(file), known.has(id), `${id.toLowerCase()}.ts`]).toEqual([
        path.basename(file),
        true,
        path.basename(file),
      ]);
    }
    const added = SUITE_ADDED.filter((id) => SPEC_IDS.some(([, spec]) => spec === id));
    expect(added).toEqual([]);
  });

  it("un dossier de règles ne contient que des règles, leurs tests et son index", () => {
    for (const folder of RULE_FOLDERS)
      for (const file of readdirSync(folder)) {
        const isRule = RULE_FILES.includes(path.join(folder, file.replace(/\.test\.ts$/, ".ts")));
        expect([path.relative(DOMAIN, path.join(folder, file)), isRule || /^index(\.test)?\.ts$/.test(file)]).toEqual([
          path.relative(DOMAIN, path.join(folder, file)),
          true,
        ]);
      }
  });
});
