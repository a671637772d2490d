import type { CompactPlan, Compte, PlanDeComptes } from "./plan";
import { expandPlan } from "./plan";

export type { Chapitre, Compte, PlanDeComptes, CompactPlan } from "./plan";
export { COMPTE_LIBELLE_MAX, expandPlan } from "./plan";
export { accountLabel } from "./account-label";

interface PlanFile {
  readonly declinaison: string;
  readonly exer: number;
  /** One import() a plan: a bundler makes each plan a chunk of its own, fetched only for a budget of that plan. */
  readonly load: () => Promise<{ readonly default: CompactPlan }>;
}

/** The plans we ship, known by their declinaison and year before any is loaded. */
const PLAN_FILES: readonly PlanFile[] = [
  { declinaison: "M14_COM_SUP3500", exer: 2019, load: () => import("./data/m14_com_sup3500-2019.json") },
  { declinaison: "M14_COM_500_3500", exer: 2021, load: () => import("./data/m14_com_500_3500-2021.json") },
  { declinaison: "M14_COM_500_3500", exer: 2022, load: () => import("./data/m14_com_500_3500-2022.json") },
  { declinaison: "M57_A", exer: 2023, load: () => import("./data/m57_a-2023.json") },
  { declinaison: "M57_A", exer: 2024, load: () => import("./data/m57_a-2024.json") },
  { declinaison: "M57_D", exer: 2024, load: () => import("./data/m57_d-2024.json") },
];
const loaded = new Map<string, PlanDeComptes>();
const keyOf = (plan: { readonly declinaison: string; readonly exer: number }) => `${plan.declinaison} ${plan.exer}`;

export interface PlanChoice {
  readonly plan: PlanDeComptes;
  /** True when the plan is of the document's own year; otherwise the nearest year available was used. */
  readonly exactYear: boolean;
}

/** The declinaisons we ship; a document's "M57-M57_A" or "M57_A" or "M14-M14_COM_500_3500" maps onto one of them. */
export function declinaisonOf(nomenclature: string): string {
  const parts = nomenclature.trim().toUpperCase().split("-");
  return parts[parts.length - 1] ?? "";
}

/**
 * The plan file of the document's declinaison for its year, or the nearest year we have (the latest earlier one
 * first): accounts change little from one year to the next, and the rule says which year it used.
 */
function planFileFor(nomenclature: string, exercice: number): PlanFile | undefined {
  const declinaison = declinaisonOf(nomenclature);
  const candidates = PLAN_FILES.filter((p) => p.declinaison === declinaison);
  if (candidates.length === 0) return undefined;
  const distance = (p: PlanFile) => (p.exer <= exercice ? exercice - p.exer : p.exer - exercice + 0.5);
  return candidates.reduce((a, b) => (distance(b) < distance(a) ? b : a));
}

/** Keeps a plan read by its caller (a Node program may read them all at once), expanded once. */
export function registerPlan(compact: CompactPlan): void {
  if (!loaded.has(keyOf(compact))) loaded.set(keyOf(compact), expandPlan(compact));
}

/** Loads the plan a document is checked against, and only that one; to await before findPlan. */
export async function loadPlan(nomenclature: string, exercice: number): Promise<void> {
  const file = planFileFor(nomenclature, exercice);
  if (file && !loaded.has(keyOf(file))) registerPlan((await file.load()).default);
}

/** False while the plan a document needs is still to load (loadPlan); true when loaded, or when we have none. */
export function isPlanLoaded(nomenclature: string, exercice: number): boolean {
  const file = planFileFor(nomenclature, exercice);
  return !file || loaded.has(keyOf(file));
}

/**
 * The plan of the document's declinaison for its year, or the nearest year we have; undefined when we have none
 * of its declinaison. Its plan must have been loaded (loadPlan): reading or checking a budget without it would
 * silently skip the nomenclature, so that is a programming error.
 */
export function findPlan(nomenclature: string, exercice: number): PlanChoice | undefined {
  const file = planFileFor(nomenclature, exercice);
  if (!file) return undefined;
  const plan = loaded.get(keyOf(file));
  if (!plan) throw new Error(`Plan de comptes ${keyOf(file)} non chargé : loadPlan doit précéder la vérification.`);
  return { plan, exactYear: file.exer === exercice };
}

export function supportedNomenclatures(): string[] {
  return PLAN_FILES.map(keyOf);
}

type MovementKey = "DR" | "RR" | "DOES" | "ROES" | "DOIS" | "ROIS";

/** Which plan attribute gives the chapitre of a movement (budget-rules.md §A.1). */
function movementKey(
  sens: "D" | "R",
  mouvement: "reel" | "ordre",
  ordre?: "entre-sections" | "interieur",
): MovementKey {
  if (mouvement === "reel") return sens === "D" ? "DR" : "RR";
  if (ordre === "interieur") return sens === "D" ? "DOIS" : "ROIS";
  return sens === "D" ? "DOES" : "ROES";
}

/**
 * The chapitre the plan gives a movement on a compte. For an ordre line whose type (entre sections or intérieur)
 * the file does not say, the only non-empty one is taken.
 */
export function chapitreOf(
  compte: Compte,
  sens: "D" | "R",
  mouvement: "reel" | "ordre",
  ordre?: "entre-sections" | "interieur",
): string {
  if (mouvement === "ordre" && ordre === undefined) {
    return sens === "D" ? compte.DOES || compte.DOIS : compte.ROES || compte.ROIS;
  }
  return compte[movementKey(sens, mouvement, ordre)];
}
