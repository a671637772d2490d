import type { ConvocationParams } from "../../common";
import {
  clearDaysBetween,
  convocationRequirement,
  formatDateFr,
  isAlsaceMoselle,
  latestSendingDate,
} from "../../common";
import type { ActSubject } from "../subject";

export interface ActDelay {
  readonly days: number;
  readonly required: number;
  readonly data: Readonly<Record<string, string | number>>;
}

/** Convocation delay shown by a délibération (its convocation and séance dates), against the one that applies. */
export function actConvocationDelay({ act, population, departement }: ActSubject): ActDelay | undefined {
  if (act.kind !== "deliberation" || !act.convocation || !act.date || act.convocation.iso >= act.date.iso)
    return undefined;
  const params: ConvocationParams = {
    urgence: act.urgence !== undefined,
    secondeConvocation: SECONDE.test(act.folded),
    ...(population !== undefined ? { population } : {}),
    ...(departement !== undefined ? { departement } : {}),
  };
  const { days: required, ref } = convocationRequirement(params);
  const days = clearDaysBetween(act.convocation.iso, act.date.iso);
  const data = {
    sent: formatDateFr(act.convocation.iso),
    date: formatDateFr(act.date.iso),
    days,
    required,
    ref,
    latest: formatDateFr(latestSendingDate(act.date.iso, params)),
  };
  return { days, required, data };
}

export const SECONDE =
  /seconde convocation|deuxieme convocation|sans condition de quorum|quorum n'ayant pas ete atteint/;

/** CM-006 and CM-007 leave Alsace-Moselle (CM-009) and urgency (CM-008) aside. */
export function ordinaryDelayApplies({ act, departement }: ActSubject): boolean {
  return !isAlsaceMoselle(departement) && act.urgence === undefined;
}

export const LATE_MESSAGE =
  "Convocation du {sent} pour la séance du {date} : {days} jour(s) franc(s), {required} requis ({ref} ; envoi au plus tard le {latest}). La délibération est exposée à l'annulation.";
