import { removalDateProblem } from "./removal-date";

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

  it("est refusée dans le futur ou vide", () => {
    expect(removalDateProblem("2026-11-21", publieLe, today)).toBe(
      "La date ne peut être postérieure à aujourd'hui (20/11/2026).",
    );
    expect(removalDateProblem("", publieLe, today)).toBe("Indiquez la date, au format jj/mm/aaaa.");
  });
});
