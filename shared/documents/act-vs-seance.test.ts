import { readFileSync } from "node:fs";
import path from "node:path";
import { parseAct } from "@shared/domain/acts";
import { checkActAgainstSeance } from "./act-vs-seance";
import { renderDocx } from "./docx-kit";
import { projetDeliberation } from "./projet-deliberation";
import { readDocxText } from "@shared/io/docx";
import { HELD } from "./test-facts.test-support";

async function generatedText(): Promise<string> {
  const point = HELD.points[1];
  if (!point) throw new Error("fixture");
  return readDocxText(await renderDocx(projetDeliberation(HELD, point)), "projet.docx");
}

describe("l'acte confronté aux enregistrements de sa séance", () => {
  it("un projet généré d'une séance complète est conforme ; des chiffres qui divergent sont signalés", async () => {
    const text = await generatedText();
    expect(checkActAgainstSeance(parseAct(text), HELD, "32")).toEqual([]);
    const altered = text.replace(/Présents\s*:\s*3/, "Présents : 4").replace(/pour\s*:\s*4/i, "pour : 3");
    const findings = checkActAgainstSeance(parseAct(altered), HELD, "32");
    expect(findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      ["DEL-003", "warning", "L'acte indique 4 présents ; les présences enregistrées en donnent 3."],
      ["DEL-011", "warning", "L'acte indique 3 voix pour ; le vote enregistré en donne 4."],
    ]);
  });

  it("une autre date que la séance, une convocation hors délai : signalées avec leur article", async () => {
    const text = (await generatedText()).replace("15 décembre 2026", "16 décembre 2026");
    const late = { ...HELD, convocation: { sentOn: "2026-12-13" } };
    const rules = checkActAgainstSeance(parseAct(text), late, "32").map((f) => `${f.rule} ${f.ref}`);
    expect(rules).toEqual(["DEL-001 CGCT L2121-23", "CM-006 CGCT L2121-11"]);
  });

  it("le délai de convocation porte la règle du régime de la commune", async () => {
    const text = await generatedText();
    const late = (commune: Partial<typeof HELD.commune>, urgence = false) =>
      checkActAgainstSeance(
        parseAct(text),
        { ...HELD, commune: { ...HELD.commune, ...commune }, urgence, convocation: { sentOn: "2026-12-15" } },
        "32",
      ).map((f) => [f.rule, f.severity]);
    expect(late({ population: 800 })).toEqual([["CM-006", "error"]]);
    expect(late({ population: 5000 })).toEqual([["CM-007", "error"]]);
    expect(late({ population: 800 }, true)).toEqual([["CM-008", "error"]]);
    expect(late({ population: 800, departement: "67" })).toEqual([["CM-009", "error"]]);
  });

  it("ne nomme que des règles du catalogue", async () => {
    const catalog = readFileSync(path.join(__dirname, "../../../shared/spec/rules-seance-actes.yaml"), "utf8");
    const text = (await generatedText()).replace("15 décembre 2026", "16 décembre 2026");
    const altered = text.replace(/Présents\s*:\s*3/, "Présents : 4").replace(/pour\s*:\s*4/i, "pour : 3");
    const late = { ...HELD, convocation: { sentOn: "2026-12-13" } };
    const rules = checkActAgainstSeance(parseAct(altered), late, "32").map((f) => f.rule);
    expect(rules.length).toBeGreaterThanOrEqual(4);
    for (const rule of rules) expect([rule, catalog.includes(`- id: ${rule}\n`)]).toEqual([rule, true]);
  });
});
