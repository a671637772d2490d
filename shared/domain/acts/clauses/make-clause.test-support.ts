import type { Clause } from "./model";

/** A validated clause for tests, with whatever fields the test cares about. */
export function makeClause(fields: Partial<Clause> = {}): Clause {
  return {
    id: "essai",
    version: 1,
    title: "Clause d'essai",
    kind: "dispositif",
    actTypes: ["deliberation"],
    subjects: [],
    template: "Texte.",
    variables: [],
    status: "validee",
    validatedBy: "SGM",
    validatedAt: "2025-06-01",
    references: ["CGCT L2121-29"],
    section: "articles",
    order: 10,
    inSkeleton: true,
    ...fields,
  };
}
