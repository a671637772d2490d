import type { Cents } from "../common/money";
import type { Bp } from "./rate";

/** HT when the commune recovers VAT through the FCTVA (the general case), TTC otherwise (budget-rules.md C.4). */
export type Basis = "HT" | "TTC";

export const FUNDER_KINDS = [
  "detr",
  "dsil",
  "dpv",
  "dsid",
  "fonds-vert",
  "departement",
  "region",
  "europe",
  "caf",
  "agence-eau",
  "autre-public",
  "prive",
] as const;
export type FunderKind = (typeof FUNDER_KINDS)[number];

export const FUNDER_LABELS: Readonly<Record<FunderKind, string>> = {
  detr: "DETR",
  dsil: "DSIL",
  dpv: "DPV",
  dsid: "DSID",
  "fonds-vert": "Fonds vert",
  departement: "Département",
  region: "Région",
  europe: "Union européenne",
  caf: "CAF",
  "agence-eau": "Agence de l'eau",
  "autre-public": "Autre financeur public",
  prive: "Financeur privé",
};

/** The State's investment dotations of the CGCT, capped together at 80 % (R2334-27). */
export const STATE_DOTATIONS: readonly FunderKind[] = ["detr", "dsil", "dpv", "dsid"];
/** State subsidies bound by the no-commencement rule (R2334-24 for dotations, décret 2018-514 for the rest). */
export const STATE_FUNDERS: readonly FunderKind[] = [...STATE_DOTATIONS, "fonds-vert"];

export const FUNDER_STATUSES = ["prevu", "demande", "accorde", "refuse"] as const;
export type FunderStatus = (typeof FUNDER_STATUSES)[number];

export interface Depense {
  readonly label: string;
  readonly htCents: Cents;
  readonly ttcCents: Cents;
  /** Studies and land bought beforehand may be eligible without counting as a commencement (R2334-24). */
  readonly eligible: boolean;
}

export interface Funder {
  readonly kind: FunderKind;
  /** "Conseil départemental de la Creuse", "FEDER", "LEADER"… */
  readonly name?: string;
  readonly amountCents: Cents;
  /** Rate as announced by the funder, in basis points (30 % = 3000). */
  readonly rateBp?: Bp;
  /** Dépense subventionnable the funder retains, when it differs from the plan's eligible total. */
  readonly assietteCents?: Cents;
  /** Basis on which the funder computed its amount, when the plan records it. */
  readonly basis?: Basis;
  readonly requestDate?: string;
  /** Date the funder acknowledged receipt of the request: the date R2334-24 counts from. */
  readonly acknowledgementDate?: string;
  readonly decisionDate?: string;
  readonly status: FunderStatus;
  /** Reference of the prefect's notified derogation allowing an earlier commencement (R2334-24). */
  readonly commencementDerogation?: string;
}

export interface PlanDerogation {
  readonly kind: DerogationKind;
  /** Reference of the prefect's decision, for the derogations granted case by case. */
  readonly decision?: string;
}

export const DEROGATION_KINDS = [
  "renovation-urbaine",
  "monument-protege",
  "calamite-publique",
  "patrimoine-non-protege",
  "feder-cooperation-territoriale",
  "renovation-energetique-scolaire",
  "corse",
  "chef-de-file",
] as const;
export type DerogationKind = (typeof DEROGATION_KINDS)[number];

/** A subsidy financing plan for one investment project. */
export interface FinancingPlan {
  /** Date of the deliberation approving the plan: the law of that day applies unless --date says otherwise. */
  readonly date?: string;
  readonly commune: { readonly name?: string; readonly population?: number; readonly departement?: string };
  readonly project: {
    readonly title: string;
    /** Number of the opération d'équipement in the budget. */
    readonly operation?: string;
    /** First legal act (signed quote, order, contract notified) or, en régie, start of works (R2334-24). */
    readonly commencement?: string;
    /** Actual HT expense once the works are done, for the final payment (R2334-30). */
    readonly realiseHtCents?: Cents;
  };
  readonly basis: Basis;
  readonly depenses: readonly Depense[];
  readonly funders: readonly Funder[];
  readonly autofinancementCents: Cents;
  readonly empruntCents: Cents;
  readonly derogations: readonly PlanDerogation[];
}

const sum = (values: readonly Cents[]): Cents => values.reduce((total, v) => total + v, 0);

export function amountOn(depense: Depense, basis: Basis): Cents {
  return basis === "HT" ? depense.htCents : depense.ttcCents;
}

export function eligibleTotal(plan: FinancingPlan, basis: Basis = plan.basis): Cents {
  return sum(plan.depenses.filter((d) => d.eligible).map((d) => amountOn(d, basis)));
}

/** A refused subsidy no longer finances anything; every other status is part of the plan. */
export function activeFunders(plan: FinancingPlan): readonly Funder[] {
  return plan.funders.filter((f) => f.status !== "refuse");
}

export function fundersTotal(funders: readonly Funder[]): Cents {
  return sum(funders.map((f) => f.amountCents));
}

/** The commune's own share: autofinancement and loans are both its resources (budget-rules.md C.1). */
export function ownShare(plan: FinancingPlan): Cents {
  return plan.autofinancementCents + plan.empruntCents;
}

export function resourcesTotal(plan: FinancingPlan): Cents {
  return fundersTotal(activeFunders(plan)) + ownShare(plan);
}

export function isPublic(funder: Funder): boolean {
  return funder.kind !== "prive";
}

export function funderLabel(funder: Funder): string {
  return funder.name ? `${FUNDER_LABELS[funder.kind]} (${funder.name})` : FUNDER_LABELS[funder.kind];
}

export function funderPath(plan: FinancingPlan, funder: Funder): string {
  return `funders[${plan.funders.indexOf(funder)}]`;
}
