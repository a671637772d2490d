import { formatMoney } from "@shared/domain/budget";
import { affectationCents, affectationProblem, repriseWritten } from "./reprise-view";

const minimum = 7_892_744;

describe("l'affectation au 1068 tapée par la secrétaire", () => {
  it.each([
    ["", minimum],
    ["   ", minimum],
    ["80 000,00", 8_000_000],
    ["quatre-vingts", undefined],
  ])("« %s » → %s centimes", (typed, cents) => {
    expect(affectationCents(typed, minimum)).toBe(cents);
  });

  it.each([
    [undefined, "Montant illisible : tapez par exemple « 78 927,44 »."],
    [-1, "Montant illisible : tapez par exemple « 78 927,44 »."],
    [minimum - 1, "Au moins"],
    [minimum, undefined],
    [minimum + 1, undefined],
  ])("%s centimes → %s", (cents, problem) => {
    const found = affectationProblem(cents, minimum);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });

  it("rappelle le minimum et sa règle quand l'affectation est trop basse", () => {
    expect(affectationProblem(0, minimum)).toBe(
      `Au moins ${formatMoney(minimum)} : le besoin de financement de l'investissement (CGCT R2311-12).`,
    );
  });
});

describe("le message après l'écriture du budget primitif repris", () => {
  it("nomme l'exercice du BP, celui du compte et le nombre de lignes", () => {
    expect(repriseWritten(2021, 12)).toBe(
      "Budget primitif 2022 créé avec la reprise du compte 2021 (12 lignes) : ajoutez les crédits de l'année.",
    );
  });
});
