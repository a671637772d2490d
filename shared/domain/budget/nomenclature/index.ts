import m14Com500_3500_2021 from "./data/m14_com_500_3500-2021.json";
import m14Com500_3500_2022 from "./data/m14_com_500_3500-2022.json";
import m14ComSup3500_2019 from "./data/m14_com_sup3500-2019.json";
import m57A2023 from "./data/m57_a-2023.json";
import m57A2024 from "./data/m57_a-2024.json";
import m57D2024 from "./data/m57_d-2024.json";
import type { CompactPlan, Compte, PlanDeComptes } from "./plan";
import { expandPlan } from "./plan";

export type { Chapitre, Compte, PlanDeComptes, CompactPlan } from "./plan";
export { expandPlan } from "./plan";

const COMPACT: readonly CompactPlan[] = [
  m14ComSup3500_2019,
  m14Com500_3500_2021,
  m14Com500_3500_2022,
  m57A2023,
  m57A2024,
  m57D2024,
];
const expanded = new Map<CompactPlan, PlanDeComptes>();

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
 * The plan of the document's declinaison for its year, or the nearest year we have (the latest earlier one
 * first): accounts change little from one year to the next, and the rule says which year it used.
 */
export function findPlan(nomenclature: string, exercice: number): PlanChoice | undefined {
  const declinaison = declinaisonOf(nomenclature);
  const candidates = COMPACT.filter((p) => p.declinaison === declinaison);
  if (candidates.length === 0) return undefined;
  const distance = (p: CompactPlan) => (p.exer <= exercice ? exercice - p.exer : p.exer - exercice + 0.5);
  const best = candidates.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  let plan = expanded.get(best);
  if (!plan) {
    plan = expandPlan(best);
    expanded.set(best, plan);
  }
  return { plan, exactYear: best.exer === exercice };
}

export function supportedNomenclatures(): string[] {
  return COMPACT.map((p) => `${p.declinaison} ${p.exer}`);
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
