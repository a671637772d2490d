import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { ACT_RULES } from ".";

const SPEC = join(__dirname, "../../../../../shared/spec");
/**
 * The CM-* rules a single act gives evidence for (cli.md: convocation delay, quorum, vote arithmetic, agenda, and
 * the maire's withdrawal from the vote of his compte administratif).
 */
const CM_EVIDENCE = ["CM-006", "CM-007", "CM-008", "CM-011", "CM-012", "CM-018", "CM-022"];

interface CatalogEntry {
  readonly id: string;
  readonly status: string;
  readonly sev: string;
}

const catalog = (parse(readFileSync(join(SPEC, "rules-seance-actes.yaml"), "utf8")) as CatalogEntry[]).filter(
  (entry) => /^(DEL|PUB|ARR)-/.test(entry.id) || CM_EVIDENCE.includes(entry.id),
);
const byId = new Map(catalog.map((entry) => [entry.id, entry]));
const fileId = (file: string) => file.replace(/\.ts$/, "").toUpperCase();

/** "V2015:S1 ; D:S7" → V2015; "practice (…)" is doctrine. */
function verification(status: string): string {
  const first = /^(V2015|V|D|M|practice)/.exec(status.trim())?.[1] ?? "?";
  return first === "practice" ? "D" : first;
}

const SEVERITY: Readonly<Record<string, string>> = { BLOCKING: "error", MAJOR: "warning", MINOR: "info", INFO: "info" };

/** CM rules written once over council evidence, for the séance JSON and the act alike (issue 17). */
const COUNCIL_RULES = join(__dirname, "../../council/rules");

describe("catalogue des règles d'actes", () => {
  const files = readdirSync(__dirname).filter((f) => /^(del|pub|arr|cm)-.*\.ts$/.test(f) && !f.endsWith(".test.ts"));
  /** The file of a rule: in this folder, or else the council folder's one rule for both sources. */
  const ruleFile = (id: string): string | undefined => {
    const local = files.find((f) => fileId(f) === id);
    if (local) return join(__dirname, local);
    const shared = join(COUNCIL_RULES, `${id.toLowerCase()}.ts`);
    return existsSync(shared) ? shared : undefined;
  };

  it("couvre exactement les DEL-*, PUB-*, ARR-* du catalogue et les CM-* qu'un acte prouve", () => {
    expect(new Set(ACT_RULES.map((r) => r.meta.id))).toEqual(new Set(byId.keys()));
    expect(ACT_RULES).toHaveLength(catalog.length);
  });

  it("enregistre chaque fichier de règle, trié par identifiant", () => {
    const ids = ACT_RULES.map((r) => r.meta.id);
    expect(files.map(fileId).filter((id) => !ids.includes(id))).toEqual([]);
    expect(ids.filter((id) => ruleFile(id) === undefined)).toEqual([]);
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });

  it.each(ACT_RULES.map((r) => [r.meta.id, r] as const))(
    "%s : référence, titre, statut et gravité du catalogue, test voisin",
    (id, rule) => {
      const entry = byId.get(id);
      expect(rule.meta.ref.length).toBeGreaterThan(5);
      expect(rule.meta.title).toMatch(/[a-zéèàç]/);
      expect(rule.meta.verification).toBe(verification(entry?.status ?? ""));
      // A two-level rule ("BLOCKING … / MAJOR …") declares the higher level and lowers it per report.
      const highest = ["BLOCKING", "MAJOR", "MINOR", "INFO"].find((level) => (entry?.sev ?? "").includes(level)) ?? "";
      expect(rule.meta.severity).toBe(SEVERITY[highest]);
      expect(existsSync((ruleFile(id) ?? "").replace(/\.ts$/, ".test.ts"))).toBe(true);
    },
  );

  it("chaque article cité dans une référence figure dans le catalogue", () => {
    const sources =
      readFileSync(join(SPEC, "rules-seance-actes.yaml"), "utf8") +
      readFileSync(join(SPEC, "seance-actes-reference.md"), "utf8");
    for (const rule of ACT_RULES) {
      for (const article of rule.meta.ref.match(/[LRD]\d{3,4}-\d+(-\d+)?/g) ?? [])
        expect([rule.meta.id, sources.includes(article)]).toEqual([rule.meta.id, true]);
    }
  });
});
