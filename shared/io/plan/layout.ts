import { foldKey } from "@shared/domain/common/fold";
import type { FunderStatus } from "@shared/domain/subsidies";

/**
 * The "Plan de financement" sheet of the suite's workbook, top to bottom:
 * a header block (label in column A, value in column B), then a row titled "Dépenses" followed by a row of
 * column titles and one row a dépense, then a row titled "Financeurs", its column titles and one row a funder.
 * A table ends at its first empty row. Amounts are euros, rates are percentages (a number ≤ 1 is read as a
 * fraction, as Excel stores a cell formatted in %), dates are Excel dates or JJ/MM/AAAA.
 */
export const PLAN_SHEET = "Plan de financement";

export const HEADER = {
  commune: "Commune",
  population: "Population",
  departement: "Département",
  title: "Projet",
  operation: "Opération",
  basis: "Base HT/TTC",
  commencement: "Date de commencement",
  date: "Date du plan",
  realise: "Dépense réelle HT",
  autofinancement: "Autofinancement",
  emprunt: "Emprunt",
  derogations: "Dérogations",
} as const;
export type HeaderKey = keyof typeof HEADER;

export const DEPENSES_TITLE = "Dépenses";
export const DEPENSE_COLUMNS = ["Libellé", "Montant HT", "Montant TTC", "Éligible"] as const;

export const FINANCEURS_TITLE = "Financeurs";
export const FUNDER_COLUMNS = [
  "Type",
  "Nom",
  "Montant",
  "Taux",
  "Assiette",
  "Base",
  "Date de demande",
  "Date d'accusé de réception",
  "Date de décision",
  "Statut",
  "Dérogation commencement",
] as const;

export const STATUS_LABELS: Readonly<Record<FunderStatus, string>> = {
  prevu: "prévu",
  demande: "demandé",
  accorde: "accordé",
  refuse: "refusé",
};

/** Compares labels as people type them: case, accents, spaces and a trailing colon do not matter. */
export function normalizeLabel(text: string): string {
  return foldKey(text).replace(/\s*:$/, "");
}
