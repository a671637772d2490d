import { clearDaysBetween, convocationRequirement, formatDateFr, joursFrancs, latestSendingDate } from "../../common";
import type { ConvocationParams } from "../../common";
import type { Seance } from "../schema";

export interface DelayFacts {
  readonly days: number;
  readonly required: number;
  readonly ref: string;
  readonly data: Readonly<Record<string, string | number>>;
}

/** The convocation's delay against the one that applies, with the message data every delay rule prints. */
export function convocationDelay(seance: Seance): DelayFacts | undefined {
  const sent = seance.convocation?.sentOn;
  if (!sent) return undefined;
  const params: ConvocationParams = {
    urgence: seance.convocation?.urgence === true,
    premiereReunion: seance.firstMeetingAfterElection === true,
    secondeConvocation: seance.secondConvocation !== undefined,
    ...(seance.commune?.population !== undefined ? { population: seance.commune.population } : {}),
    ...(seance.commune?.departement !== undefined ? { departement: seance.commune.departement } : {}),
  };
  const { days: required, ref } = convocationRequirement(params);
  const days = clearDaysBetween(sent, seance.date);
  return {
    days,
    required,
    ref,
    data: {
      sent: formatDateFr(sent),
      date: formatDateFr(seance.date),
      days: joursFrancs(days),
      required,
      latest: formatDateFr(latestSendingDate(seance.date, params)),
    },
  };
}

export const SENT_AT = { path: "convocation.sentOn" } as const;
