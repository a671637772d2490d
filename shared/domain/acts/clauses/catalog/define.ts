import type { ActType, Clause, ClauseKind, ClauseStatus, Section, VariableSpec } from "../model";
import type { Subject } from "../subjects";
import type { VariableName } from "./variables";
import { VARIABLES } from "./variables";

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
  readonly status?: Exclude<ClauseStatus, "validee">;
}

function variables(names: readonly VariableName[]): VariableSpec[] {
  return names.map((name) => ({ ...VARIABLES[name], name }));
}

/**
 * The built-in catalog ships « proposée par l'équipe »: only a référent of the network validates a version (in the
 * Teams tab), and that validation is read from the network's lists, never written here.
 */
function define(actTypes: readonly ActType[], spec: ClauseSpec): Clause {
  const status = spec.status ?? "proposee";
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
