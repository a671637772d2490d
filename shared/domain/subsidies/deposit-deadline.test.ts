import { depositAlert } from "./deposit-deadline";

const detr = { funder: "detr" as const, deadline: "2027-01-15", deposited: false };

describe("date limite de dépôt d'un dossier de subvention", () => {
  it("rappelle un dossier à déposer dans les deux mois, avec les jours restants et sa référence", () => {
    expect(depositAlert(detr, "2026-12-01")).toEqual({
      due: "2027-01-15",
      daysLeft: 45,
      late: false,
      lateDays: 0,
      startsBeforeDeposit: false,
      ref: "CGCT L2334-33, R2334-24 ; appel à projets préfectoral",
    });
    expect(depositAlert(detr, "2026-11-01")).toBeUndefined();
  });

  it("marque en retard la date limite passée, et se tait pour un dossier déposé", () => {
    expect(depositAlert(detr, "2027-01-20")).toMatchObject({ daysLeft: -5, late: true, lateDays: 5 });
    expect(depositAlert({ ...detr, deposited: true }, "2027-01-20")).toBeUndefined();
  });

  it("signale des travaux prévus avant le dépôt (R2334-24) ; un financeur sans texte renvoie à son règlement", () => {
    expect(depositAlert({ ...detr, commencement: "2027-01-10" }, "2027-01-01")?.startsBeforeDeposit).toBe(true);
    expect(depositAlert({ funder: "caf", deadline: "2027-01-15", deposited: false }, "2027-01-01")?.ref).toBe(
      "Règlement du financeur",
    );
  });
});
