import { parseAct } from "../acts/parse";
import { actSubject } from "../acts/subject";
import { checkTransmission } from "./check-transmission";
import { recordFromAct } from "./from-act";
import { applyRecordPatch, parseRecordPatch } from "./record-schema";

const deliberation = [
  "COMMUNE DE TESTVILLE",
  "Délibération n° 2025-012",
  "Séance du 12 juin 2025",
  "Objet : Vote des taux d'imposition",
  "des taxes directes locales",
  "Le conseil municipal,",
  "Vu le code général des collectivités territoriales,",
  "DÉCIDE",
  "Article 1 : les taux sont maintenus.",
].join("\n");

const circulation = [
  "COMMUNE DE TESTVILLE",
  "Arrêté n° 2025-A-044",
  "Objet : Réglementation de la circulation rue des Écoles",
  "Le Maire,",
  "Vu le code général des collectivités territoriales, notamment l'article L2213-1,",
  "ARRÊTE",
  "Article 1 : la circulation est interdite rue des Écoles le 14 juillet 2025.",
  "Fait à Testville, le 1er juillet 2025",
].join("\n");

describe("fiche de l'acte préremplie par son texte", () => {
  it("délibération : numéro, objet sur une ligne, nature 1, classification proposée, transmissible", () => {
    const record = recordFromAct(actSubject(parseAct(deliberation)), "affichage");
    expect(record).toMatchObject({
      type: "deliberation",
      numero: "2025-012",
      nature: 1,
      classification: "7.2",
      transmissible: true,
      publication: "affichage",
      documents: [],
    });
    expect(record.objet).not.toMatch(/\n/);
  });

  it("arrêté de police de la circulation (L2213-1) : reconnu non transmissible par le vérificateur d'actes", () => {
    const record = recordFromAct(actSubject(parseAct(circulation)), "electronique");
    expect(record).toMatchObject({ type: "arrete", nature: 2, transmissible: false, portee: "reglementaire" });
    expect(checkTransmission(record, { today: "2025-07-02" }).map((f) => f.rule)).toEqual(["TDT-TRANSMISSIBLE"]);
  });

  it("fiche incomplète : chaque défaut de l'enveloppe est nommé", () => {
    const record = recordFromAct(actSubject(parseAct(deliberation)), "electronique");
    const rules = checkTransmission(record, { today: "2025-06-13" }).map((f) => f.rule);
    expect(rules).toEqual(["TDT-NUMERO", "TDT-PDF"]);
  });

  it("la fiche saisie complète et corrige ce que le texte a donné", () => {
    const patch = parseRecordPatch({
      numero: "2025_012",
      documents: [{ name: "2025_012.pdf", size: 1000, role: "acte" }],
    });
    if (!patch.ok) throw new Error(patch.message);
    const record = applyRecordPatch(recordFromAct(actSubject(parseAct(deliberation)), "electronique"), patch.patch);
    expect(checkTransmission(record, { today: "2025-06-13" })).toEqual([]);
  });

  it.each([
    [{ date: "2025-02-30" }, "(date)"],
    [{ documents: [{ name: "a.pdf", size: -1, role: "acte" }] }, "(documents.0.size)"],
    [{ inconnu: 1 }, "(fiche)"],
    [{ objet: "x".repeat(5001) }, "(objet)"],
  ])("fiche refusée avec un message français : %j", (input, where) => {
    const parsed = parseRecordPatch(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(where);
  });
});
