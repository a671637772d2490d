import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { TDT_RULES } from ".";

const README = join(__dirname, "../../../../README.md");

describe("catalogue des règles TDT", () => {
  const files = readdirSync(__dirname).filter(
    (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "index.ts" && f !== "support.ts",
  );

  it("enregistre chaque fichier de règle, triés par identifiant", () => {
    expect(TDT_RULES.map((r) => `${r.meta.id.toLowerCase()}.ts`).sort()).toEqual(files.sort());
    const ids = TDT_RULES.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });

  it("documente chaque identifiant dans le README, puisqu'aucun catalogue de shared/spec ne les nomme", () => {
    const readme = readFileSync(README, "utf8");
    for (const rule of TDT_RULES) expect(readme).toContain(`\`${rule.meta.id}\``);
  });

  it.each(TDT_RULES.map((r) => [r.meta.id, r] as const))("%s : référence, titre français, test voisin", (id, rule) => {
    expect(rule.meta.ref.trim()).not.toBe("");
    expect(rule.meta.title).toMatch(/^[A-ZÉ][^.]*[^.\s]$/);
    expect(existsSync(join(__dirname, `${id.toLowerCase()}.test.ts`))).toBe(true);
  });
});
