import { BALANCED_LINES, budgetDoc, line, withRealise } from "@tests/fixtures/budgets/builders";
import { checkBudget } from "./check-budget";
import { affectationMinimale, bpFromCompte } from "./reprise-bp";
import { withPrecedent } from "./year";

/** A CA of 2024: fonctionnement +10 000 €, investissement −6 000 €, RAR 3 000 € of expenses, 1 000 € of receipts. */
const ca = budgetDoc(
  "CA",
  [
    ...withRealise(BALANCED_LINES, [12000, 50000, 20000, 92000, 30000, 10000, 20000, 5000, 9000]),
    line("I", "D", "21", "2188", 0, { amounts: { rar: 300_000 }, operation: "12", libelle: "Matériel" }),
    line("I", "R", "13", "1321", 0, { amounts: { rar: 100_000 } }),
  ],
  { exercice: 2024 },
);
const amounts = (doc: ReturnType<typeof bpFromCompte>) =>
  doc.lines.map((l) => [l.section, l.sens, l.chapitre, l.nature, l.amounts.credits, l.amounts.rar]);

describe("bpFromCompte : le BP de N qui reprend le compte de N-1", () => {
  it("reprend 001, 1068 au besoin de financement, le reste en 002 et les restes à réaliser", () => {
    expect(affectationMinimale(ca)).toBe(800_000);
    const bp = bpFromCompte(ca);
    expect(bp).toMatchObject({ type: "BP", exercice: 2025, nomenclature: "M57-M57_A" });
    expect(amounts(bp)).toEqual([
      ["I", "D", "001", "001", 600_000, undefined],
      ["I", "R", "10", "1068", 800_000, undefined],
      ["F", "R", "002", "002", 200_000, undefined],
      ["I", "D", "21", "2188", 300_000, 300_000],
      ["I", "R", "13", "1321", 100_000, 100_000],
    ]);
    expect(bp.lines[3]).toMatchObject({ operation: "12", libelle: "Matériel" });
  });

  it("le BP produit passe les vérifications de reprise contre son compte", () => {
    const findings = checkBudget(withPrecedent(bpFromCompte(ca), ca), { today: "2025-03-01" });
    const reprise = findings.filter((f) => /^BUD-(REPRISE|RES-03)/.test(f.rule));
    expect(reprise.map((f) => [f.rule, f.severity])).toEqual([
      ["BUD-REPRISE-1068", "info"],
      ["BUD-REPRISE-RAR", "info"],
    ]);
  });

  it("une affectation votée au-delà du minimum réduit le 002 d'autant ; un déficit de fonctionnement va en D002", () => {
    expect(amounts(bpFromCompte(ca, { affectation1068: 1_000_000 })).slice(0, 3)).toEqual([
      ["I", "D", "001", "001", 600_000, undefined],
      ["I", "R", "10", "1068", 1_000_000, undefined],
      ["I", "D", "21", "2188", 300_000, 300_000],
    ]);
    const deficit = budgetDoc("CA", withRealise(BALANCED_LINES, [12000, 50000, 20000, 70000, 0, 0, 0, 0, 0]));
    expect(amounts(bpFromCompte(deficit))).toEqual([["F", "D", "002", "002", 1_200_000, undefined]]);
  });

  it("refuse un document qui n'est pas un compte", () => {
    expect(() => bpFromCompte(budgetDoc("BP"))).toThrow(RangeError);
  });
});
