import {
  budgetVoteDeadline,
  compteVoteDeadline,
  depensesImprevuesCeiling,
  isCouncilRenewalYear,
  taxRatesDeadline,
} from "./legal-deadlines";

describe("calendrier légal", () => {
  it.each([
    [2019, "2019-04-15"],
    [2020, "2020-07-31"],
    [2021, "2021-04-15"],
    [2026, "2026-04-30"],
    [2027, "2027-04-15"],
    [2032, "2032-04-30"],
    [2038, "2038-04-30"],
  ])("budget primitif %i : au plus tard le %s", (year, due) => expect(budgetVoteDeadline(year).due).toBe(due));

  it("cite l'ordonnance de 2020 quand elle a déplacé la date", () => {
    expect(budgetVoteDeadline(2020).ref).toMatch(/ordonnance 2020-330/);
    expect(budgetVoteDeadline(2021).ref).toBe("CGCT L1612-2");
    expect(compteVoteDeadline(2019).due).toBe("2020-07-31");
    expect(compteVoteDeadline(2019).ref).toMatch(/L1612-12, ordonnance/);
    expect(compteVoteDeadline(2020)).toEqual({ due: "2021-06-30", ref: "CGCT L1612-12" });
    expect(taxRatesDeadline(2020).due).toBe("2020-07-03");
    expect(taxRatesDeadline(2026).due).toBe("2026-04-30");
    expect(depensesImprevuesCeiling(2020).perThousand).toBe(150);
    expect(depensesImprevuesCeiling(2024).perThousand).toBe(75);
  });

  it("renouvellements généraux des conseils municipaux", () => {
    const years = Array.from({ length: 40 }, (_, i) => 2000 + i).filter((y) => isCouncilRenewalYear(y));
    expect(years).toEqual([2001, 2008, 2014, 2020, 2026, 2032, 2038]);
  });

  it("une année de renouvellement déclarée par le document l'emporte sur le calendrier", () => {
    expect(budgetVoteDeadline(2027, true).due).toBe("2027-04-30");
    expect(budgetVoteDeadline(2020, false).due).toBe("2020-07-31");
  });
});
