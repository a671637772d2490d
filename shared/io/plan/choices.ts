import { DEROGATION_KINDS, DEROGATIONS, FUNDER_KINDS, FUNDER_LABELS, FUNDER_STATUSES } from "@shared/domain/subsidies";
import type { Basis, DerogationKind, FunderKind, FunderStatus, PlanDerogation } from "@shared/domain/subsidies";
import type { Cell } from "./cells";
import { cellError, readText } from "./cells";
import { normalizeLabel, STATUS_LABELS } from "./layout";

/** The words a secretary may type in a cell of the plan sheet, codes and French labels alike. */
function choices<T extends string>(entries: readonly (readonly [string, T])[]): ReadonlyMap<string, T> {
  return new Map(entries.map(([label, value]) => [normalizeLabel(label), value]));
}

export const KINDS = choices<FunderKind>([
  ...FUNDER_KINDS.map((k) => [k, k] as const),
  ...FUNDER_KINDS.map((k) => [FUNDER_LABELS[k], k] as const),
  ["Europe", "europe"],
  ["FEDER", "europe"],
  ["LEADER", "europe"],
  ["FSE", "europe"],
]);
export const STATUSES = choices<FunderStatus>([
  ...FUNDER_STATUSES.map((s) => [s, s] as const),
  ...FUNDER_STATUSES.map((s) => [STATUS_LABELS[s], s] as const),
]);
export const BASES = choices<Basis>([
  ["HT", "HT"],
  ["TTC", "TTC"],
]);
export const YES_NO = choices<"oui" | "non">([
  ["oui", "oui"],
  ["non", "non"],
  ["true", "oui"],
  ["false", "non"],
]);
const DEROGATION_CHOICES = choices<DerogationKind>([
  ...DEROGATION_KINDS.map((k) => [k, k] as const),
  ...DEROGATION_KINDS.map((k) => [DEROGATIONS[k].label, k] as const),
]);

/** "renovation-energetique-scolaire (arrêté du 02/05/2025); corse": derogations separated by semicolons. */
export function readDerogations(cell: Cell | undefined): PlanDerogation[] {
  const text = cell ? readText(cell) : undefined;
  if (!cell || !text) return [];
  return text.split(";").map((part) => {
    const match = /^\s*([^()]+?)\s*(?:\((.+)\))?\s*$/.exec(part);
    const kind = match?.[1] ? DEROGATION_CHOICES.get(normalizeLabel(match[1])) : undefined;
    if (!kind) throw cellError(cell, `dérogation inconnue, valeurs admises : ${DEROGATION_KINDS.join(", ")}`);
    return match?.[2] ? { kind, decision: match[2].trim() } : { kind };
  });
}
