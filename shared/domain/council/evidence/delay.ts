import type { ConvocationParams } from "../../common";
import { clearDaysBetween, convocationRequirement, formatDateFr, joursFrancs, latestSendingDate } from "../../common";
import type { CouncilEvidence } from "./model";

export interface DelayFacts {
  readonly days: number;
  readonly required: number;
  readonly ref: string;
  readonly data: Readonly<Record<string, string | number>>;
}

/**
 * The convocation's delay against the one that applies, with the words every delay rule prints: a séance's
 * record speaks of the convocation « envoyée » and of all its délibérations, an act of itself and of its article.
 */
export function convocationDelay(evidence: CouncilEvidence): DelayFacts | undefined {
  const convocation = evidence.convocation;
  const sent = convocation?.sentOn?.value;
  const date = evidence.date;
  if (!convocation || !sent || !date) return undefined;
  const params: ConvocationParams = {
    urgence: convocation.urgence,
    premiereReunion: evidence.firstMeetingAfterElection,
    secondeConvocation: evidence.secondConvocation,
    ...(evidence.population !== undefined ? { population: evidence.population } : {}),
    ...(evidence.departement !== undefined ? { departement: evidence.departement } : {}),
  };
  const { days: required, ref } = convocationRequirement(params);
  const days = clearDaysBetween(sent, date);
  const seance = evidence.scope === "seance";
  return {
    days,
    required,
    ref,
    data: {
      convocation: seance ? "Convocation envoyée le" : "Convocation du",
      sent: formatDateFr(sent),
      date: formatDateFr(date),
      days: joursFrancs(days),
      required,
      ref: seance ? "" : `${ref} ; `,
      latest: formatDateFr(latestSendingDate(date, params)),
      exposed: seance
        ? "Toutes les délibérations de la séance sont exposées à l'annulation."
        : "La délibération est exposée à l'annulation.",
    },
  };
}
