import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BudgetIndex } from "@shared/domain/budget/budget-index";
import { bpFromCompte } from "@shared/domain/budget/reprise-bp";
import { readDocumentBudgetaire } from "./docbudg-reader";

const SAMPLES = join(__dirname, "../../../../shared/data/budgets");
const read = (sample: string) => readDocumentBudgetaire(readFileSync(join(SAMPLES, sample, "totem.xml")), sample);

describe("le BP 2022 de Crach bâti depuis son CA 2021, avec l'affectation votée", () => {
  const ca = read("04_crach_CA2021_principal");
  const real = new BudgetIndex(read("01_crach_BP2022_principal").lines);
  const built = new BudgetIndex(bpFromCompte(ca, { affectation1068: 111_140_425 }).lines);

  it.each([
    ["001 en recette", "R", "001"],
    ["002 en recette", "R", "002"],
  ] as const)("%s égal au BP voté, au centime", (_name, sens, chapitre) => {
    expect(built.chapitre("credits", sens, chapitre)).toBe(real.chapitre("credits", sens, chapitre));
  });

  it("1068 et restes à réaliser égaux au BP voté, au centime", () => {
    expect(built.sum("credits", { natures: ["1068"] })).toBe(real.sum("credits", { natures: ["1068"] }));
    for (const sens of ["D", "R"] as const)
      expect(built.sum("rar", { section: "I", sens })).toBe(real.sum("rar", { section: "I", sens }));
  });
});
