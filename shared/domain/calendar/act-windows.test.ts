import { actWindows, isOpen } from "./act-windows";

describe("délais qui suivent un acte", () => {
  it("recours contentieux : deux mois francs après la publication (CJA R421-1)", () => {
    const [recours] = actWindows({ individuel: false, publieLe: "2025-03-01" });
    expect(recours).toMatchObject({
      kind: "recours-contentieux",
      from: "2025-03-01",
      until: "2025-05-02",
      ref: "CJA R421-1",
    });
  });

  it("acte individuel : le délai court de la notification, pas de la publication", () => {
    expect(actWindows({ individuel: true, publieLe: "2025-03-01" })).toEqual([]);
    expect(actWindows({ individuel: true, notifieLe: "2025-03-03" })[0]?.until).toBe("2025-05-05");
  });

  it("un délai qui finit un samedi ou un dimanche va au lundi", () => {
    // 2025-04-04 + 2 mois = 2025-06-04, franc : 2025-06-05 (jeudi) ; 2025-04-05 → 2025-06-06 (vendredi) ;
    // 2025-04-06 → 2025-06-07 (samedi) → lundi 9.
    expect(actWindows({ individuel: false, publieLe: "2025-04-06" })[0]?.until).toBe("2025-06-09");
  });

  it("déféré préfectoral : deux mois après la réception en préfecture (L2131-6)", () => {
    const windows = actWindows({ individuel: false, recuEnPrefectureLe: "2025-06-16" });
    expect(windows).toEqual([
      expect.objectContaining({ kind: "defere-prefectoral", until: "2025-08-18", ref: "CGCT L2131-6" }),
    ]);
  });

  it("lettre d'observations dans le délai : nouveau délai après la réponse de la commune", () => {
    const [defere] = actWindows({
      individuel: false,
      recuEnPrefectureLe: "2025-06-16",
      observationsLe: "2025-07-20",
      reponseObservationsLe: "2025-09-01",
    });
    expect(defere).toMatchObject({ until: "2025-11-03", prolongation: expect.stringContaining("réponse") as unknown });
  });

  it("lettre d'observations sans réponse : le rejet implicite à deux mois ouvre les deux mois suivants", () => {
    const [defere] = actWindows({ individuel: false, recuEnPrefectureLe: "2025-06-16", observationsLe: "2025-07-20" });
    expect(defere?.until).toBe("2025-11-21");
    expect(defere?.prolongation).toContain("rejet implicite");
  });

  it("lettre d'observations après le délai : elle ne le proroge pas", () => {
    const [defere] = actWindows({ individuel: false, recuEnPrefectureLe: "2025-06-16", observationsLe: "2025-09-01" });
    expect(defere?.until).toBe("2025-08-18");
    expect(defere?.prolongation).toBeUndefined();
  });

  it("budget primitif pas encore transmis : 15 jours après la date limite du vote (L1612-8)", () => {
    const [transmission] = actWindows({ individuel: false, budget: { document: "primitif", exercice: 2025 } });
    expect(transmission).toMatchObject({ kind: "transmission-budget", until: "2025-04-30", ref: "CGCT L1612-8" });
  });

  it("compte transmis : contrôle budgétaire de 30 jours et déféré", () => {
    const windows = actWindows({
      individuel: false,
      recuEnPrefectureLe: "2025-06-20",
      publieLe: "2025-06-21",
      budget: { document: "compte", exercice: 2024 },
    });
    expect(windows.map((w) => [w.kind, w.until, w.ref])).toEqual([
      ["controle-budgetaire", "2025-07-20", "CGCT L1612-14"],
      ["defere-prefectoral", "2025-08-21", "CGCT L2131-6"],
      ["recours-contentieux", "2025-08-22", "CJA R421-1"],
    ]);
  });

  it("ouvert du premier au dernier jour inclus", () => {
    const [recours] = actWindows({ individuel: false, publieLe: "2025-03-01" });
    if (!recours) throw new Error("délai attendu");
    expect([
      isOpen(recours, "2025-02-28"),
      isOpen(recours, "2025-03-01"),
      isOpen(recours, "2025-05-02"),
      isOpen(recours, "2025-05-03"),
    ]).toEqual([false, true, true, false]);
  });
});
