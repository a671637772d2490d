import { DOSSIER_MAX_BYTES } from "@shared/domain/transmission";
import type { ChosenFile } from "./dossier";
import { allRead, dossierParts, fitsDossier, initialNature, SOUS_MATIERES, withActe, withAnnexes } from "./dossier";

const bytes = new Uint8Array([1, 2, 3]);
const acte: ChosenFile = { name: "acte.pdf", role: "acte", size: 3, mediaType: "application/pdf", bytes };
const annexe: ChosenFile = { name: "plan.pdf", role: "annexe", size: 3, bytes };
const tooBig: ChosenFile = { name: "gros.pdf", role: "annexe", size: DOSSIER_MAX_BYTES + 1 };

describe("le dossier de télétransmission, hors de la vue", () => {
  it("propose la nature de l'acte, « 1 » pour une délibération sans nature, rien sinon", () => {
    expect(initialNature({ type: "arrete", natureActes: "3" })).toBe("3");
    expect(initialNature({ type: "deliberation" })).toBe("1");
    expect(initialNature({ type: "arrete" })).toBe("");
  });

  it("remplace l'acte signé en le gardant en tête, et les annexes après lui", () => {
    const other: ChosenFile = { ...acte, name: "acte-2.pdf" };
    expect(withActe([acte, annexe], [other])).toEqual([other, annexe]);
    const plan2: ChosenFile = { ...annexe, name: "plan-2.pdf" };
    expect(withAnnexes([acte, annexe], [plan2])).toEqual([acte, plan2]);
    expect(withAnnexes([], [plan2])).toEqual([plan2]);
  });

  it("n'exporte que des fichiers lus : un fichier trop lourd n'est ni lu ni mis dans le zip", () => {
    expect(fitsDossier(DOSSIER_MAX_BYTES)).toBe(true);
    expect(fitsDossier(DOSSIER_MAX_BYTES + 1)).toBe(false);
    expect(allRead([acte, annexe])).toBe(true);
    expect(allRead([acte, tooBig])).toBe(false);
    expect(dossierParts([acte, annexe, tooBig])).toEqual([
      { name: "acte.pdf", role: "acte", bytes, mediaType: "application/pdf" },
      { name: "plan.pdf", role: "annexe", bytes },
    ]);
  });

  it("nomme chaque sous-matière par son code, sa matière et son libellé", () => {
    expect(SOUS_MATIERES.length).toBeGreaterThan(0);
    for (const s of SOUS_MATIERES) expect(s.label.startsWith(`${s.code} `)).toBe(true);
  });
});
