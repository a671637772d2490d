import { clearDaysBetween, convocationRequirement, latestSendingDate, requiredConvocationDays } from "./convocation";

describe("jours francs (référence §2.1)", () => {
  // [envoi, séance, jours francs, OK < 3 500, OK ≥ 3 500]
  it.each([
    ["2025-03-24", "2025-03-28", 3, true, false],
    ["2025-03-25", "2025-03-28", 2, false, false],
    ["2025-05-02", "2025-05-06", 3, true, false],
    ["2025-04-17", "2025-04-22", 4, true, false],
    ["2023-09-11", "2023-09-18", 6, true, true],
    ["2019-09-11", "2019-09-16", 4, true, false],
    ["2021-03-19", "2021-03-26", 6, true, true],
    ["2025-06-10", "2025-06-12", 1, false, false],
  ] as const)("%s → %s : %i jours francs", (envoi, seance, jours, petite, grande) => {
    expect(clearDaysBetween(envoi, seance)).toBe(jours);
    expect(jours >= requiredConvocationDays({ population: 800 })).toBe(petite);
    expect(jours >= requiredConvocationDays({ population: 12_000 })).toBe(grande);
  });

  it("l'envoi du 10 pour le 12 n'est admis qu'en urgence", () => {
    const jours = clearDaysBetween("2025-06-10", "2025-06-12");
    expect(jours >= requiredConvocationDays({ population: 800, urgence: true })).toBe(true);
    expect(jours >= requiredConvocationDays({ population: 12_000, urgence: true })).toBe(true);
  });

  it("compte les jours à travers un changement d'année et d'heure d'été", () => {
    expect(clearDaysBetween("2024-12-30", "2025-01-03")).toBe(3);
    expect(clearDaysBetween("2025-03-28", "2025-04-01")).toBe(3);
  });

  it("refuse une date impossible", () => {
    expect(() => clearDaysBetween("2025-02-30", "2025-03-05")).toThrow("date invalide");
  });
});

describe("délai de convocation requis", () => {
  it.each([
    [{ population: 3499 }, 3, "CGCT L2121-11"],
    [{ population: 3500 }, 5, "CGCT L2121-12"],
    [{}, 3, "CGCT L2121-11"],
    [{ population: 800, urgence: true }, 1, "CGCT L2121-11"],
    [{ population: 9000, urgence: true }, 1, "CGCT L2121-12"],
    [{ population: 9000, premiereReunion: true }, 3, "CGCT L2121-7"],
    [{ population: 9000, departement: "67" }, 3, "CGCT L2541-2"],
    [{ population: 900, departement: "57", urgence: true }, 0, "CGCT L2541-2"],
    [{ population: 900, urgence: true, secondeConvocation: true }, 3, "CGCT L2121-17"],
    [{ population: 9000, secondeConvocation: true }, 5, "CGCT L2121-12"],
    [{ population: 900, departement: "68", urgence: true, secondeConvocation: true }, 0, "CGCT L2541-2"],
  ] as const)("%j → %i jours francs (%s)", (params, days, ref) => {
    expect(convocationRequirement(params)).toEqual({ days, ref });
  });

  it("donne la dernière date d'envoi possible", () => {
    expect(latestSendingDate("2025-03-28", { population: 800 })).toBe("2025-03-24");
    expect(latestSendingDate("2025-03-28", { population: 8000 })).toBe("2025-03-22");
  });
});
