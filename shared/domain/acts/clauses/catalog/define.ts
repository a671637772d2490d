import type { ActType, Clause, ClauseKind, ClauseStatus, Section, VariableSpec } from "../model";
import type { Subject } from "../subjects";
import type { VariableName } from "./variables";
import { VARIABLES } from "./variables";

/** The validation recorded for the seed catalog (to be re-validated by the commune's secrétaire général). */
export const SEED_VALIDATION = { validatedBy: "Équipe juridique mairie-suite", validatedAt: "2025-06-01" } as const;

export interface ClauseSpec {
  readonly id: string;
  readonly title: string;
  readonly kind: ClauseKind;
  readonly section: Section;
  readonly order: number;
  readonly template: string;
  readonly refs: readonly string[];
  readonly vars?: readonly VariableName[];
  readonly subjects?: readonly Subject[];
  readonly slot?: string;
  /** Offered on demand, left out of the assembled skeleton. */
  readonly optional?: boolean;
  readonly version?: number;
  readonly status?: ClauseStatus;
  readonly validatedBy?: string;
  readonly validatedAt?: string;
}

function variables(names: readonly VariableName[]): VariableSpec[] {
  return names.map((name) => ({ ...VARIABLES[name], name }));
}

function define(actTypes: readonly ActType[], spec: ClauseSpec): Clause {
  const status = spec.status ?? "validee";
  const wasValidated = status === "validee" || status === "retiree";
  const validation = wasValidated
    ? {
        validatedBy: spec.validatedBy ?? SEED_VALIDATION.validatedBy,
        validatedAt: spec.validatedAt ?? SEED_VALIDATION.validatedAt,
      }
    : {};
  return {
    id: spec.id,
    version: spec.version ?? 1,
    title: spec.title,
    kind: spec.kind,
    actTypes,
    subjects: spec.subjects ?? [],
    template: spec.template,
    variables: variables(spec.vars ?? []),
    status,
    ...validation,
    references: spec.refs,
    section: spec.section,
    order: spec.order,
    ...(spec.slot ? { slot: spec.slot } : {}),
    inSkeleton: spec.optional !== true,
  };
}

export const deliberation = (spec: ClauseSpec): Clause => define(["deliberation"], spec);
export const arrete = (spec: ClauseSpec): Clause => define(["arrete"], spec);
export const anyAct = (spec: ClauseSpec): Clause => define(["deliberation", "arrete"], spec);
