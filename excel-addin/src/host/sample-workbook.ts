import type { SheetBlock } from "@shared/ports/budget-workbook";
import { planToGrid } from "@shared/io/plan/plan-grid-writer";
import { BUDGET_COLUMNS, BUDGET_SHEET, DOCUMENT_KEYS, DOCUMENT_SHEET } from "@shared/io/budget/workbook-layout";

/**
 * The budget shown in the browser preview: a small commune's BP in M57 abrégée. The investissement section is
 * short of 4 000 € of recettes on purpose, so that the preview has a finding to show.
 */
export const SAMPLE_BUDGET: SheetBlock = {
  sheet: BUDGET_SHEET,
  origin: "A1",
  values: [
    [...BUDGET_COLUMNS],
    ["F", "D", "011", "60611", "", "", "Eau et assainissement", "réel", 12000, null, null],
    ["F", "D", "011", "615231", "", "", "Entretien de la voirie", "réel", 9000, null, null],
    ["F", "D", "012", "6411", "", "", "Personnel titulaire", "réel", 98000, null, null],
    ["F", "D", "65", "65311", "", "", "Indemnités des élus", "réel", 24500, null, null],
    ["F", "D", "66", "66111", "", "", "Intérêts des emprunts", "réel", 1500, null, null],
    [
      "F",
      "D",
      "023",
      "023",
      "",
      "",
      "Virement à la section d'investissement",
      "ordre entre sections",
      30000,
      null,
      null,
    ],
    ["F", "R", "731", "73111", "", "", "Impôts directs locaux", "réel", 128500, null, null],
    ["F", "R", "74", "74111", "", "", "Dotation forfaitaire", "réel", 46500, null, null],
    ["I", "D", "21", "2151", "", "12", "Réfection de la voirie communale", "réel", 52000, null, null],
    ["I", "D", "16", "1641", "", "", "Remboursement du capital des emprunts", "réel", 8000, null, null],
    [
      "I",
      "R",
      "021",
      "021",
      "",
      "",
      "Virement de la section de fonctionnement",
      "ordre entre sections",
      30000,
      null,
      null,
    ],
    ["I", "R", "13", "1321", "", "12", "DETR voirie", "réel", 20000, null, null],
    ["I", "R", "10", "10222", "", "", "FCTVA", "réel", 6000, null, null],
  ],
};

export const SAMPLE_DOCUMENT_SHEET: SheetBlock = {
  sheet: DOCUMENT_SHEET,
  origin: "A1",
  values: [
    [DOCUMENT_KEYS.type, "BP"],
    [DOCUMENT_KEYS.nomenclature, "M57_A"],
    [DOCUMENT_KEYS.exercice, 2026],
    [DOCUMENT_KEYS.collectivite, "Saint-Aubin-sur-Loire"],
    [DOCUMENT_KEYS.budgetAnnexe, "non"],
    [DOCUMENT_KEYS.population, 842],
    ["Intérêts de la dette (échéancier)", 1500],
    ["Capital de la dette (échéancier)", 8000],
  ],
};

/** A financing plan whose public funders cover 90 % of the works: below the commune's minimum participation of 20 %. */
export const SAMPLE_PLAN_SHEET: SheetBlock = planToGrid({
  date: "2026-01-12",
  commune: { name: "Saint-Aubin-sur-Loire", population: 842, departement: "45" },
  project: { title: "Réfection de la voirie communale", operation: "12", commencement: "2026-05-04" },
  basis: "HT",
  depenses: [
    { label: "Travaux de voirie", htCents: 4_500_000, ttcCents: 5_400_000, eligible: true },
    { label: "Maîtrise d'œuvre", htCents: 500_000, ttcCents: 600_000, eligible: true },
  ],
  funders: [
    {
      kind: "detr",
      amountCents: 2_500_000,
      rateBp: 5000,
      requestDate: "2026-01-15",
      acknowledgementDate: "2026-01-20",
      status: "demande",
    },
    {
      kind: "departement",
      name: "Département du Loiret",
      amountCents: 2_000_000,
      rateBp: 4000,
      requestDate: "2026-02-01",
      status: "demande",
    },
  ],
  autofinancementCents: 500_000,
  empruntCents: 0,
  derogations: [],
});
