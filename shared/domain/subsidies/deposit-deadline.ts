import { daysBetween } from "../common/iso-date";
import { lateness } from "../common/lateness";
import type { Lateness } from "../common/lateness";
import type { FunderKind } from "./plan";

/** A subsidy file as the secretary tracks it; dates are ISO calendar dates. */
export interface SubsidyFile {
  readonly funder: FunderKind;
  readonly deadline?: string;
  readonly commencement?: string;
  readonly deposited: boolean;
}

export interface DepositAlert extends Lateness {
  readonly due: string;
  /** Negative once the deadline has passed. */
  readonly daysLeft: number;
  /** The works would start before the request is even filed: the State would then refuse the subsidy (R2334-24). */
  readonly startsBeforeDeposit: boolean;
  readonly ref: string;
}

/** Two months: the time it takes to gather devis, délibération and plan de financement for a file. */
export const DEPOSIT_HORIZON_DAYS = 60;

const REFS: Partial<Record<FunderKind, string>> = {
  detr: "CGCT L2334-33, R2334-24 ; appel à projets préfectoral",
  dsil: "CGCT L2334-42, R2334-24 ; appel à projets préfectoral",
  "fonds-vert": "Décret 2018-514 ; appel à projets préfectoral",
  departement: "Règlement d'intervention du Département",
  region: "Règlement d'intervention de la Région",
};

/** The reminder for a file still to deposit whose deadline is passed or within the horizon; none otherwise. */
export function depositAlert(
  file: SubsidyFile,
  today: string,
  horizonDays: number = DEPOSIT_HORIZON_DAYS,
): DepositAlert | undefined {
  if (file.deposited || !file.deadline) return undefined;
  const daysLeft = daysBetween(today, file.deadline);
  if (daysLeft > horizonDays) return undefined;
  return {
    due: file.deadline,
    daysLeft,
    ...lateness(file.deadline, today),
    startsBeforeDeposit: file.commencement !== undefined && file.commencement <= file.deadline,
    ref: REFS[file.funder] ?? "Règlement du financeur",
  };
}
