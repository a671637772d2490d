import { formatPath, parseSeance } from "./parse";
import { sampleSeance } from "./sample-seance";

describe("parseSeance", () => {
  it("accepte une séance complète", () => {
    const result = parseSeance(JSON.parse(JSON.stringify(sampleSeance())));
    expect(result.ok).toBe(true);
  });

  it("accepte une séance minimale", () => {
    expect(parseSeance({ date: "2025-03-28", enExercice: 11, presents: ["A"], points: [] })).toMatchObject({
      ok: true,
    });
  });

  it("nomme le champ fautif en français", () => {
    const seance = { ...sampleSeance(), date: "2025-02-30" } as Record<string, unknown>;
    delete seance.enExercice;
    const points = [{ subject: "Budget", vote: { pour: "dix", contre: 0 } }];
    const result = parseSeance({ ...seance, points, couleur: "bleu" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        "date : date invalide (format attendu AAAA-MM-JJ)",
        "enExercice : champ obligatoire manquant",
        expect.stringMatching(/^points\[0\]\.vote\.pour : .*nombre/),
        "(racine) : champ(s) inconnu(s) : couleur",
      ]),
    );
  });

  it("refuse ce qui n'est pas un objet", () => {
    expect(parseSeance([1, 2])).toMatchObject({ ok: false, errors: [expect.stringMatching(/^\(racine\) : /)] });
  });

  it("écrit les chemins comme les constats", () => {
    expect(formatPath(["points", 2, "vote"])).toBe("points[2].vote");
    expect(formatPath([])).toBe("");
  });
});
