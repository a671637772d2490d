import type { BudgetDocument, BudgetFacts } from "@shared/domain/budget/model";
import type { Cents } from "@shared/domain/common/money";
import { numberFromCents } from "@shared/domain/common/money";

/**
 * The suite's budget workbook (.xlsx) and its CSV export.
 * Sheet "Budget": one header row with BUDGET_COLUMNS, then one budget line a row; amounts in euros.
 * Sheet "Document": key in column A, value in column B, keys from DOCUMENT_KEYS and FACT_KEYS.
 * CSV export: the Document keys as "# key;value" lines, then the Budget sheet, `;`-separated, French decimals.
 */
export const BUDGET_SHEET = "Budget";
export const DOCUMENT_SHEET = "Document";

export const BUDGET_COLUMNS = [
  "Section",
  "Sens",
  "Chapitre",
  "Nature",
  "Fonction",
  "Opération",
  "Libellé",
  "Type",
  "Crédits votés",
  "RAR",
  "Réalisé",
] as const;
export type BudgetColumn = (typeof BUDGET_COLUMNS)[number];

export const DOCUMENT_KEYS = {
  type: "Type",
  nomenclature: "Nomenclature",
  exercice: "Exercice",
  dateVote: "Date de vote",
  collectivite: "Collectivité",
  etablissement: "Établissement",
  budgetAnnexe: "Budget annexe",
  population: "Population",
} as const;

type MoneyFact =
  "affectation1068" | "dotationAmortissements" | "provisionsRequises" | "fiscaliteNotifiee" | "dgfNotifiee";

/** Money facts the workbook can carry, each with how to read it back into BudgetFacts. */
export const FACT_KEYS: readonly {
  readonly label: string;
  readonly get: (f: BudgetFacts) => Cents | undefined;
  readonly set: (f: MutableFacts, v: Cents) => void;
}[] = [
  {
    label: "Intérêts de la dette (échéancier)",
    get: (f) => f.echeancier?.interets,
    set: (f, v) => (f.echeancier = { capital: f.echeancier?.capital ?? 0, interets: v }),
  },
  {
    label: "Capital de la dette (échéancier)",
    get: (f) => f.echeancier?.capital,
    set: (f, v) => (f.echeancier = { interets: f.echeancier?.interets ?? 0, capital: v }),
  },
  {
    label: "Résultat de fonctionnement N-1",
    get: (f) => f.resultatsPrecedents?.fonctionnement,
    set: (f, v) =>
      (f.resultatsPrecedents = { investissement: f.resultatsPrecedents?.investissement ?? 0, fonctionnement: v }),
  },
  {
    label: "Solde d'investissement N-1",
    get: (f) => f.resultatsPrecedents?.investissement,
    set: (f, v) =>
      (f.resultatsPrecedents = { fonctionnement: f.resultatsPrecedents?.fonctionnement ?? 0, investissement: v }),
  },
  {
    label: "Compte de gestion : résultat de fonctionnement",
    get: (f) => f.compteDeGestion?.fonctionnement,
    set: (f, v) => (f.compteDeGestion = { investissement: f.compteDeGestion?.investissement ?? 0, fonctionnement: v }),
  },
  {
    label: "Compte de gestion : solde d'investissement",
    get: (f) => f.compteDeGestion?.investissement,
    set: (f, v) => (f.compteDeGestion = { fonctionnement: f.compteDeGestion?.fonctionnement ?? 0, investissement: v }),
  },
  ...(
    [
      ["Affectation au 1068 (N+1)", "affectation1068"],
      ["Dotation annuelle aux amortissements", "dotationAmortissements"],
      ["Provisions requises", "provisionsRequises"],
      ["Fiscalité notifiée (état 1259)", "fiscaliteNotifiee"],
      ["DGF notifiée", "dgfNotifiee"],
    ] as const
  ).map(([label, key]: readonly [string, MoneyFact]) => ({
    label,
    get: (f: BudgetFacts) => f[key],
    set: (f: MutableFacts, v: Cents) => (f[key] = v),
  })),
];

export type MutableFacts = { -readonly [K in keyof BudgetFacts]: BudgetFacts[K] };

export const TYPE_FR = {
  reel: "réel",
  "entre-sections": "ordre entre sections",
  interieur: "ordre intérieur",
  ordre: "ordre",
} as const;

/** Key/value rows of the Document sheet for a document (values as they will be written). */
export function documentRows(document: BudgetDocument): [string, string | number][] {
  const rows: [string, string | number | undefined][] = [
    [DOCUMENT_KEYS.type, document.type],
    [DOCUMENT_KEYS.nomenclature, document.nomenclature],
    [DOCUMENT_KEYS.exercice, document.exercice],
    [DOCUMENT_KEYS.dateVote, document.dateVote],
    [DOCUMENT_KEYS.collectivite, document.collectivite],
    [DOCUMENT_KEYS.etablissement, document.etablissement],
    [DOCUMENT_KEYS.budgetAnnexe, document.budgetAnnexe ? "oui" : "non"],
    [DOCUMENT_KEYS.population, document.population],
    ...FACT_KEYS.map(({ label, get }): [string, number | undefined] => {
      const cents = get(document.facts);
      return [label, cents === undefined ? undefined : numberFromCents(cents)];
    }),
  ];
  return rows.filter((row): row is [string, string | number] => row[1] !== undefined);
}
