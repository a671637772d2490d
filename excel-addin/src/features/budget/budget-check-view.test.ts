import type { Finding } from "@shared/domain/rules";
import { balanceCaption, balanceRows, findingGroups } from "./budget-check-view";

const finding = (rule: string, section?: "F" | "I"): Finding => ({
  rule,
  severity: "error",
  message: "…",
  ref: "CGCT L1612-4",
  ...(section ? { at: { section } } : {}),
});

describe("les constats du budget, par section", () => {
  it("range chaque constat sous sa section, le reste sous le document", () => {
    const groups = findingGroups([finding("A", "I"), finding("B"), finding("C", "F"), finding("D", "F")]);
    expect(groups.map((g) => [g.title, g.findings.map((f) => f.rule)])).toEqual([
      ["Section de fonctionnement", ["C", "D"]],
      ["Section d'investissement", ["A"]],
      ["Document et contrôles généraux", ["B"]],
    ]);
  });
});

describe("l'équilibre des sections", () => {
  it.each([
    ["credits", "Équilibre des sections (crédits votés)"],
    ["realise", "Équilibre des sections (réalisé)"],
  ] as const)("%s → %s", (column, caption) => {
    expect(balanceCaption(column)).toBe(caption);
  });

  it("nomme chaque section en clair", () => {
    expect(
      balanceRows([
        { section: "F", depenses: 100, recettes: 120 },
        { section: "I", depenses: 50, recettes: 40 },
      ]),
    ).toEqual([
      { label: "Fonctionnement", depenses: 100, recettes: 120 },
      { label: "Investissement", depenses: 50, recettes: 40 },
    ]);
  });
});
