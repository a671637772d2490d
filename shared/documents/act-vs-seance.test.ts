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
    expect(findings.map((f) => [f.rule, f.message])).toEqual([
      ["SEANCE-EFFECTIFS", "L'acte indique 4 présents ; les présences enregistrées en donnent 3."],
      ["SEANCE-VOTE", "L'acte indique 3 voix pour ; le vote enregistré en donne 4."],
    ]);
  });

  it("une autre date que la séance, une convocation hors délai : signalées avec leur article", async () => {
    const text = (await generatedText()).replace("15 décembre 2026", "16 décembre 2026");
    const late = { ...HELD, convocation: { sentOn: "2026-12-13" } };
    const rules = checkActAgainstSeance(parseAct(text), late, "32").map((f) => `${f.rule} ${f.ref}`);
    expect(rules).toEqual(["SEANCE-DATE CGCT L2121-23", "SEANCE-CONVOCATION CGCT L2121-11"]);
  });
});
