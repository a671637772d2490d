import type { BudgetDocument, BudgetLine } from "./model";

/** Balanced pairs repeated to any size: each template adds the same amount on both sides of its section. */
const TEMPLATES: readonly (readonly [BudgetLine, BudgetLine])[] = [
  [line("F", "D", "011", "60632"), line("F", "R", "70", "70311")],
  [line("F", "D", "012", "6411"), line("F", "R", "731", "73111")],
  [line("F", "D", "65", "65311"), line("F", "R", "74", "74111")],
  [line("I", "D", "21", "2183"), line("I", "R", "13", "1323")],
  [line("I", "D", "23", "231"), line("I", "R", "10", "10222")],
];

function line(section: "F" | "I", sens: "D" | "R", chapitre: string, nature: string): BudgetLine {
  return { section, sens, chapitre, nature, mouvement: "reel", amounts: { credits: 0 } };
}

/**
 * A balanced M57 abrégée budget primitif of `lines` lines (rounded down to an even number), for the benchmark
 * harness: real natures of the plan, varied fonctions and amounts, so that every rule does its full work.
 */
export function syntheticBudget(lines: number): BudgetDocument {
  const out: BudgetLine[] = [];
  for (let i = 0; out.length + 1 < lines; i++) {
    const pair = TEMPLATES[i % TEMPLATES.length] as readonly [BudgetLine, BudgetLine];
    const credits = 100 + ((i * 7919) % 1_000_000);
    const fonction = String(i % 9);
    // Literal objects of one shape, as the readers build them (spread copies end up slower to read).
    for (const t of pair) {
      out.push({
        section: t.section,
        sens: t.sens,
        chapitre: t.chapitre,
        chapitreDeclare: undefined,
        nature: t.nature,
        fonction,
        operation: undefined,
        mouvement: t.mouvement,
        typeOrdre: undefined,
        libelle: undefined,
        amounts: { credits },
        source: { line: out.length + 2 },
      });
    }
  }
  return {
    type: "BP",
    nomenclature: "M57-M57_A",
    exercice: 2024,
    dateVote: "2024-03-28",
    collectivite: "Commune synthétique",
    population: 1200,
    lines: out,
    facts: {},
  };
}
