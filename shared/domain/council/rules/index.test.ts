import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Severity } from "../../rules";
import { SEANCE_RULES } from ".";

interface CatalogRule {
  readonly id: string;
  readonly ref: string;
  readonly status: string;
  readonly sev: string;
}

const catalog = (
  parse(readFileSync(join(__dirname, "../../../../../shared/spec/rules-seance-actes.yaml"), "utf8")) as CatalogRule[]
).filter((r) => r.id.startsWith("CM-"));

const SEVERITY: Readonly<Record<string, Severity>> = {
  BLOCKING: "error",
  MAJOR: "warning",
  MINOR: "info",
  INFO: "info",
};

describe("catalogue des règles CM", () => {
  const files = readdirSync(__dirname).filter((f) => /^cm-\d{3}\.ts$/.test(f));

  it("couvre exactement les identifiants CM-* de rules-seance-actes.yaml", () => {
    expect(catalog.length).toBe(33);
    expect(SEANCE_RULES.map((r) => r.meta.id)).toEqual(catalog.map((r) => r.id).sort());
  });

  it("enregistre chaque fichier de règle, triés par identifiant", () => {
    expect(SEANCE_RULES.map((r) => `${r.meta.id.toLowerCase()}.ts`)).toEqual(files.sort());
  });

  it.each(catalog.map((c) => [c.id, c] as const))(
    "%s : gravité, vérification et référence conformes au catalogue",
    (id, c) => {
      const rule = SEANCE_RULES.find((r) => r.meta.id === id);
      expect(rule).toBeDefined();
      if (!rule) return;
      const firstLevel = /BLOCKING|MAJOR|MINOR|INFO/.exec(c.sev)?.[0] ?? "";
      expect(rule.meta.severity).toBe(SEVERITY[firstLevel]);
      const status = /^'?(V2015|V|D|M)\b/.exec(c.status)?.[1];
      expect(rule.meta.verification).toBe(status);
      for (const article of rule.meta.ref.match(/[LR]\d{4}-\d+(-\d+)?|\d{4}-\d+/g) ?? [])
        expect(c.ref).toContain(article);
      expect(rule.meta.title).toMatch(/^[A-ZÉ][^.]*[a-zéèàûs)]$/);
      expect(rule.meta.title).toMatch(/[éèêàçû]|\b(de|du|des|le|la|les|sur|avant|et|en|au|aux)\b|\bd'/);
      expect(existsSync(join(__dirname, `${id.toLowerCase()}.test.ts`))).toBe(true);
    },
  );

  it("applique les dates d'effet de la référence §F.1", () => {
    const from = Object.fromEntries(
      SEANCE_RULES.filter((r) => r.meta.effective).map((r) => [r.meta.id, r.meta.effective?.from]),
    );
    expect(from).toEqual({
      "CM-005": "2019-12-29",
      "CM-023": "2022-07-01",
      "CM-024": "2022-07-01",
      "CM-025": "2022-07-01",
      "CM-033": "2022-08-01",
    });
  });
});
