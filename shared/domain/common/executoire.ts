import { SEUIL_3500 } from "./thresholds";

/** Exécutoire status of an act (CGCT L2131-1, L2131-2 — reference §2.6). */

export const ACT_NATURES = ["reglementaire", "individuel", "ni_ni"] as const;
export type ActNature = (typeof ACT_NATURES)[number];
export type PublicityMode = "affichage" | "papier" | "electronique";

/**
 * How non-individual acts are made public: electronically from 3 500 inhabitants; below, the mode chosen by
 * délibération, electronic by default (L2131-1 IV).
 */
export function publicityMode(population: number, chosen?: PublicityMode): PublicityMode {
  if (population >= SEUIL_3500) return "electronique";
  return chosen ?? "electronique";
}

export interface ExecutoireInput {
  readonly nature: ActNature;
  /** Date of notification (individual acts) or of publication (the others), if done. */
  readonly formaliteDate?: string;
  /** Whether L2131-2 requires transmission to the préfet. */
  readonly transmissionRequired: boolean;
  readonly transmissionDate?: string;
}

export interface ExecutoireResult {
  readonly executoire: boolean;
  /** The day the act became exécutoire, when it did. */
  readonly date?: string;
  /** Which formalities are still missing. */
  readonly missing: readonly ("notification" | "publication" | "transmission")[];
}

/** An act is exécutoire once made known (notified or published) and, when required, transmitted. */
export function executoireStatus(input: ExecutoireInput): ExecutoireResult {
  const missing: ("notification" | "publication" | "transmission")[] = [];
  if (!input.formaliteDate) missing.push(input.nature === "individuel" ? "notification" : "publication");
  if (input.transmissionRequired && !input.transmissionDate) missing.push("transmission");
  if (missing.length > 0 || !input.formaliteDate) return { executoire: false, missing };
  const dates = [
    input.formaliteDate,
    ...(input.transmissionRequired && input.transmissionDate ? [input.transmissionDate] : []),
  ];
  return { executoire: true, date: dates.reduce((a, b) => (a > b ? a : b)), missing };
}
