import { BASE_CLASSIFICATION } from "@shared/domain/transmission";
import type { ActeRecord } from "../../app/data/ports";
import { commune } from "../../testing/records";
import type { ChosenFile } from "./dossier-envelope";
import {
  checkEnvelope,
  dossierParts,
  envelopeInputOf,
  envelopePatch,
  exportedMessage,
  sousMatieres,
  withActe,
  withAnnexes,
} from "./dossier-envelope";

const acte: ActeRecord = {
  id: "a1",
  eTag: '"a1"',
  objet: "Tarifs de la cantine",
  type: "deliberation",
  commune: "1",
  date: "2026-11-02T17:00:00Z",
};
const bytes = new Uint8Array([37, 80, 68, 70]);
const file = (name: string, role: ChosenFile["role"], read = true): ChosenFile => ({
  name,
  role,
  size: 4,
  mediaType: "application/pdf",
  ...(read ? { bytes } : {}),
});
const context = { today: "2026-11-20", otherNumeros: ["2026_030"], table: BASE_CLASSIFICATION };
const sousMatiere = sousMatieres(BASE_CLASSIFICATION)[0]?.code ?? "";

describe("l'enveloppe du dossier de télétransmission", () => {
  it("part de la fiche de l'acte : une délibération est de nature 1 tant qu'aucune n'est choisie", () => {
    expect(envelopeInputOf(acte)).toEqual({ numero: "", nature: "1", classification: "" });
    expect(envelopeInputOf({ ...acte, type: "arrete" }).nature).toBe("");
    expect(envelopeInputOf({ ...acte, numero: "2026_031", natureActes: "2", classification: "7.1" })).toEqual({
      numero: "2026_031",
      nature: "2",
      classification: "7.1",
    });
  });

  it("nomme chaque sous-matière avec sa matière", () => {
    const first = BASE_CLASSIFICATION.matieres[0];
    expect(sousMatieres(BASE_CLASSIFICATION)[0]?.label).toBe(
      `${first?.sousMatieres[0]?.code} ${first?.libelle} / ${first?.sousMatieres[0]?.libelle}`,
    );
  });

  it("remplace l'acte signé en gardant les annexes, et les annexes en gardant l'acte", () => {
    const files = [file("ancien.pdf", "acte"), file("plan.pdf", "annexe")];
    expect(withActe(files, [file("signe.pdf", "acte")]).map((f) => f.name)).toEqual(["signe.pdf", "plan.pdf"]);
    expect(withAnnexes(files, [file("devis.pdf", "annexe")]).map((f) => f.name)).toEqual(["ancien.pdf", "devis.pdf"]);
  });

  it("n'est pas prête sans numéro ni PDF, et nomme les défauts", () => {
    const check = checkEnvelope(acte, commune, [], envelopeInputOf(acte), context);
    expect(check.ready).toBe(false);
    expect(check.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["TDT-NUMERO", "TDT-PDF"]));
  });

  it("refuse un numéro déjà pris par un autre acte", () => {
    const input = { numero: "2026_030", nature: "1", classification: sousMatiere };
    const check = checkEnvelope(acte, commune, [file("signe.pdf", "acte")], input, context);
    expect(check.findings.map((f) => f.rule)).toContain("TDT-NUMERO-UNIQUE");
    expect(check.ready).toBe(false);
  });

  it("est prête avec un numéro libre, une classification connue et l'acte signé lu", () => {
    const input = { numero: "2026_031", nature: "1", classification: sousMatiere };
    const check = checkEnvelope(acte, commune, [file("signe.pdf", "acte")], input, context);
    expect(check.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(check.ready).toBe(true);
    expect(check.record).toMatchObject({ numero: "2026_031", nature: 1, classification: sousMatiere });
  });

  it("n'est pas prête tant qu'un fichier trop lourd n'a pas été lu", () => {
    const input = { numero: "2026_031", nature: "1", classification: sousMatiere };
    const files = [file("signe.pdf", "acte"), file("énorme.pdf", "annexe", false)];
    expect(checkEnvelope(acte, commune, files, input, context).ready).toBe(false);
    expect(dossierParts(files).map((p) => p.name)).toEqual(["signe.pdf"]);
  });

  it("écrit dans la fiche une nature de la liste, et omet une nature inconnue", () => {
    expect(envelopePatch({ numero: "2026_031", nature: "3", classification: "7.1" })).toEqual({
      numero: "2026_031",
      classification: "7.1",
      natureActes: "3",
    });
    expect(envelopePatch({ numero: "n", nature: "", classification: "" })).not.toHaveProperty("natureActes");
  });

  it("dit ce qu'est devenue la fiche après le dossier", () => {
    expect(exportedMessage("d.zip", "saved")).toBe(
      "Dossier « d.zip » prêt à déposer sur la plateforme de télétransmission.",
    );
    expect(exportedMessage("d.zip", "queued")).toMatch(/dès que la connexion le permet\.$/);
    expect(exportedMessage("d.zip", "rejected")).toMatch(/vérifiez vos droits/);
  });
});
