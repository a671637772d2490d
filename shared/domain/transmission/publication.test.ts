import { publicationSteps, withdrawalProblem } from "./publication";
import { completeRecord } from "./record.test-support";

describe("formalités de publication selon le mode choisi par la commune (L2131-1 IV)", () => {
  it("électronique : une page de publication en ligne, gardée deux mois", () => {
    const steps = publicationSteps(completeRecord({ publication: "electronique", publieLe: "2025-06-14" }));
    expect(steps).toEqual([
      expect.objectContaining({
        label: expect.stringContaining("Mettre en ligne") as unknown,
        doneOn: "2025-06-14",
        keepUntil: "2025-08-14",
      }),
    ]);
  });

  it("affichage : afficher, puis retirer au plus tôt deux mois après, date notée", () => {
    const steps = publicationSteps(completeRecord({ publication: "affichage" }));
    expect(steps.map((s) => s.label)).toEqual([
      "Afficher l'acte en mairie, à un emplacement accessible au public",
      "Retirer l'acte de l'affichage, et noter la date du retrait",
    ]);
    expect(steps.every((s) => s.doneOn === undefined)).toBe(true);
  });

  it("papier et acte individuel", () => {
    expect(publicationSteps(completeRecord({ publication: "papier" }))[0]?.label).toContain("sur papier");
    expect(publicationSteps(completeRecord({ portee: "individuel", notifieLe: "2025-06-20" }))).toEqual([
      expect.objectContaining({ doneOn: "2025-06-20", ref: "CGCT L2131-1" }),
    ]);
  });

  it("un retrait avant deux mois est signalé, pas celui qui les respecte", () => {
    const posted = { publication: "affichage" as const, publieLe: "2025-06-14" };
    expect(withdrawalProblem(completeRecord({ ...posted, publicationRetireeLe: "2025-08-13" }))).toContain(
      "avant le 14/08/2025",
    );
    expect(withdrawalProblem(completeRecord({ ...posted, publicationRetireeLe: "2025-08-14" }))).toBeUndefined();
    expect(withdrawalProblem(completeRecord({ ...posted, publicationRetireeLe: "2025-06-01" }))).toContain("précède");
  });
});
