import { planTotalsLine } from "./plan-view";

describe("la ligne des totaux du plan", () => {
  it.each([
    [
      "HT",
      "12 000,00 €",
      "12 000,00 €",
      "Préau de l'école — dépenses (HT) : 12 000,00 € ; financements : 12 000,00 €.",
    ],
    [
      "TTC",
      "14 400,00 €",
      "9 000,00 €",
      "Préau de l'école — dépenses (TTC) : 14 400,00 € ; financements : 9 000,00 €.",
    ],
  ])("base %s", (basis, depenses, financements, line) => {
    expect(
      planTotalsLine({ plan: { project: { title: "Préau de l'école" }, basis }, totals: { depenses, financements } }),
    ).toBe(line);
  });
});
