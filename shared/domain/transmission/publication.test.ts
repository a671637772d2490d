import { publicationSteps, removalDateProblem, withdrawalProblem } from "./publication";
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

describe("la date de retrait de l'affichage", () => {
  const publieLe = "2026-09-10";
  const today = "2026-11-20";

  it("est acceptée deux mois après l'affichage, et jusqu'à aujourd'hui", () => {
    expect(removalDateProblem("2026-11-10", publieLe, today)).toBeUndefined();
    expect(removalDateProblem(today, publieLe, today)).toBeUndefined();
  });

  it("est refusée avant les deux mois, en nommant le premier jour possible", () => {
    expect(removalDateProblem("2026-11-09", publieLe, today)).toBe(
      "L'acte reste affiché jusqu'au 10/11/2026 au moins (deux mois après l'affichage).",
    );
  });

  it("est refusée dans le futur, vide ou hors du calendrier", () => {
    expect(removalDateProblem("2026-11-21", publieLe, today)).toBe(
      "La date ne peut être postérieure à aujourd'hui (20/11/2026).",
    );
    expect(removalDateProblem("", publieLe, today)).toBe("Indiquez la date, au format jj/mm/aaaa.");
    expect(removalDateProblem("2026-11-31", publieLe, today)).toBe("Indiquez la date, au format jj/mm/aaaa.");
  });
});
