import type { DerogationKind, FinancingPlan, PlanDerogation } from "./plan";
import type { Bp } from "./rate";

interface DerogationRule {
  readonly label: string;
  readonly minBp: Bp;
  readonly ref: string;
  /** Granted case by case by the prefect: the plan should cite the decision. */
  readonly prefectDecision: boolean;
  readonly from?: string;
}

/** The derogations to the 20 % of L1111-10 III that budget-rules.md C.1 lists, and the 30 % of L1111-9. */
export const DEROGATIONS: Readonly<Record<DerogationKind, DerogationRule>> = {
  "renovation-urbaine": { label: "rénovation urbaine", minBp: 0, ref: "loi 2003-710 art. 9", prefectDecision: false },
  "monument-protege": { label: "monument protégé", minBp: 0, ref: "CGCT L1111-10 III", prefectDecision: true },
  "calamite-publique": { label: "calamité publique", minBp: 0, ref: "CGCT L1111-10 III", prefectDecision: true },
  "patrimoine-non-protege": {
    label: "patrimoine non protégé",
    minBp: 0,
    ref: "loi 2019-1461 art. 82",
    prefectDecision: true,
    from: "2019-12-29",
  },
  "feder-cooperation-territoriale": {
    label: "opération FEDER de coopération territoriale européenne",
    minBp: 0,
    ref: "CGCT L1111-10 III",
    prefectDecision: false,
  },
  "renovation-energetique-scolaire": {
    label: "rénovation énergétique d'un bâtiment scolaire",
    minBp: 1000,
    ref: "loi 2024-279",
    prefectDecision: true,
    from: "2024-03-29",
  },
  corse: { label: "projet en Corse", minBp: 1000, ref: "CGCT L1111-10 III", prefectDecision: false },
  "chef-de-file": { label: "compétence à chef de file", minBp: 3000, ref: "CGCT L1111-9", prefectDecision: false },
};

const GENERAL_MIN_BP: Bp = 2000;
/** Guadeloupe, Martinique, Guyane, La Réunion, Saint-Pierre-et-Miquelon, Mayotte, Saint-Barthélemy, Saint-Martin. */
const OUTRE_MER = new Set(["971", "972", "973", "974", "975", "976", "977", "978"]);

export interface MinimumParticipation {
  readonly bp: Bp;
  /** Why the minimum differs from 20 %, in French. */
  readonly reason?: string;
  /** Derogations claimed but not yet law on the plan's date. */
  readonly notInForce: readonly PlanDerogation[];
}

export function minimumParticipation(plan: FinancingPlan, date: string, departement?: string): MinimumParticipation {
  if (departement !== undefined && OUTRE_MER.has(departement)) {
    return { bp: 0, reason: "collectivité d'outre-mer exclue de la règle", notInForce: [] };
  }
  const inForce = plan.derogations.filter((d) => (DEROGATIONS[d.kind].from ?? "") <= date);
  const notInForce = plan.derogations.filter((d) => !inForce.includes(d));
  const raised = inForce.find((d) => d.kind === "chef-de-file");
  const lowest = inForce
    .filter((d) => DEROGATIONS[d.kind].minBp < GENERAL_MIN_BP)
    .sort((a, b) => DEROGATIONS[a.kind].minBp - DEROGATIONS[b.kind].minBp)[0];
  // A legal derogation lowers the floor even for a chef-de-file competence: the law grants it for the operation.
  const applied = lowest ?? raised;
  if (!applied) return { bp: GENERAL_MIN_BP, notInForce };
  const rule = DEROGATIONS[applied.kind];
  return { bp: rule.minBp, reason: `${rule.label}, ${rule.ref}`, notInForce };
}
