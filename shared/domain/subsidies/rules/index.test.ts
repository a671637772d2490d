import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PLAN_RULES } from ".";

const SPEC = join(__dirname, "../../../../../shared/spec");

/** The ids findings must carry: cli.md names some, every other catalog rule is PLAN-<catalog id>. */
function specIds(): string[] {
  const cli = readFileSync(join(SPEC, "cli.md"), "utf8");
  const named = [...cli.matchAll(/^\| (PLAN-[A-Z0-9-]+) \| \[([^\]]+)\]/gm)];
  const mapped = new Set(named.flatMap((m) => (m[2] ?? "").split(/,\s*/)));
  const catalog = JSON.parse(readFileSync(join(SPEC, "budget-rules.json"), "utf8")) as {
    financing_plan_rules: { id: string }[];
  };
  const others = catalog.financing_plan_rules.map((r) => r.id).filter((id) => !mapped.has(id));
  return [...named.map((m) => m[1] as string), ...others.map((id) => `PLAN-${id}`)].sort();
}

describe("catalogue des règles PLAN", () => {
  const files = readdirSync(__dirname).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "index.ts");

  it("couvre exactement les identifiants de la spécification", () => {
    expect(specIds()).toHaveLength(7);
    expect(PLAN_RULES.map((r) => r.meta.id).sort()).toEqual(specIds());
  });

  it("enregistre chaque fichier de règle, triés par identifiant", () => {
    expect(PLAN_RULES.map((r) => `${r.meta.id.toLowerCase()}.ts`).sort()).toEqual(files.sort());
    const ids = PLAN_RULES.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });

  it.each(PLAN_RULES.map((r) => [r.meta.id, r] as const))("%s : référence, titre français, test voisin", (id, rule) => {
    expect(rule.meta.ref.trim()).not.toBe("");
    expect(rule.meta.title).toMatch(/^[A-ZÉ][^.]*[a-zéèàû)]$/);
    expect(rule.meta.title).toMatch(/[éèêàçû]|\b(de|du|des|le|la|les|sur|avant)\b/);
    expect(existsSync(join(__dirname, `${id.toLowerCase()}.test.ts`))).toBe(true);
  });
});
