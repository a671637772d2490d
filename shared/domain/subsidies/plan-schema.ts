import { z } from "zod";
import { DEROGATION_KINDS, FUNDER_KINDS, FUNDER_STATUSES } from "./plan";
import type { FinancingPlan } from "./plan";
import { planIssueMessage } from "./plan-issues";

const cents = z.number().int().nonnegative();
const isoDate = z.iso.date();
const basis = z.enum(["HT", "TTC"]);

const depense = z.strictObject({
  label: z.string().min(1),
  htCents: cents,
  ttcCents: cents,
  eligible: z.boolean().default(true),
});

const funder = z.strictObject({
  kind: z.enum(FUNDER_KINDS),
  name: z.string().min(1).optional(),
  amountCents: cents,
  rateBp: z.number().int().min(0).max(10_000).optional(),
  assietteCents: cents.optional(),
  basis: basis.optional(),
  requestDate: isoDate.optional(),
  acknowledgementDate: isoDate.optional(),
  decisionDate: isoDate.optional(),
  status: z.enum(FUNDER_STATUSES),
  commencementDerogation: z.string().min(1).optional(),
});

/** The JSON form of a financing plan: amounts in integer cents, rates in basis points, dates ISO. */
export const planSchema = z.strictObject({
  date: isoDate.optional(),
  commune: z
    .strictObject({
      name: z.string().min(1).optional(),
      population: z.number().int().nonnegative().optional(),
      departement: z
        .string()
        .regex(/^(\d{2,3}|2A|2B)$/, "code de département attendu (23, 2A, 974…)")
        .optional(),
    })
    .default({}),
  project: z.strictObject({
    title: z.string().min(1),
    operation: z.string().min(1).optional(),
    commencement: isoDate.optional(),
    realiseHtCents: cents.optional(),
  }),
  basis,
  depenses: z.array(depense),
  funders: z.array(funder).default([]),
  autofinancementCents: cents.default(0),
  empruntCents: cents.default(0),
  derogations: z
    .array(z.strictObject({ kind: z.enum(DEROGATION_KINDS), decision: z.string().min(1).optional() }))
    .default([]),
});

/**
 * One validation error: the field's path as written in the JSON ("funders[1].amountCents"), to find the cell it
 * was read from, and a French sentence that names the field as the plan shows it (never the path).
 */
export interface PlanIssue {
  readonly path: string;
  readonly message: string;
}

export type PlanParseResult =
  { readonly ok: true; readonly plan: FinancingPlan } | { readonly ok: false; readonly errors: readonly PlanIssue[] };

/** The issue for the secretary: its message already names the field. */
export function formatPlanIssue(issue: PlanIssue): string {
  return issue.message;
}

/** "funders[1].amountCents": the path as the user would look for it in the JSON. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    "",
  );
}

/** Validates untrusted JSON; every error names its field and reads in French. */
export function parsePlan(json: unknown): PlanParseResult {
  // The input of each issue is kept so that the message can show back what was read.
  const result = planSchema.safeParse(json, { reportInput: true });
  if (result.success) return { ok: true, plan: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: planIssueMessage(issue) })),
  };
}
