import { convocationRequirement, latestSendingDate } from "@shared/domain/common";
import type { ConvocationParams, ConvocationRequirement } from "@shared/domain/common";
import type { CommuneRecord, SeanceRecord } from "../../app/data/ports";

export interface ConvocationDeadline {
  /** The last day (yyyy-mm-dd) the convocation can be sent. */
  readonly latest: string;
  readonly requirement: ConvocationRequirement;
}

/** The delay of a commune's convocation for a séance on `date` (Paris yyyy-mm-dd): cockpit, panel and forms agree. */
export function convocationDeadline(
  date: string,
  commune: CommuneRecord | undefined,
  urgence?: boolean,
): ConvocationDeadline {
  const params: ConvocationParams = {
    ...(commune?.population !== undefined ? { population: commune.population } : {}),
    ...(commune?.departement ? { departement: commune.departement } : {}),
    ...(urgence ? { urgence: true } : {}),
  };
  return { latest: latestSendingDate(date, params), requirement: convocationRequirement(params) };
}

/**
 * A convocation was sent, then the séance's date, time or place changed (it went back to « preparation »): the élus
 * were convened to something else, so it is to be sent again; its sending date stays for the checker to judge.
 */
export const convocationToResend = (seance: SeanceRecord): boolean =>
  seance.convocationLe !== undefined && seance.statut === "preparation";

/**
 * Why the convocation cannot be recorded as sent on `sentOn`, in French; undefined when it can. The convocation
 * states the questions on the agenda (L2121-10), so an empty agenda cannot be convened; and it is sent before the
 * séance, never on its day or after, nor on a day still to come.
 */
export function convocationSendingProblem(
  seanceDate: string,
  agendaSize: number,
  sentOn: string,
  today: string,
): string | undefined {
  if (agendaSize === 0)
    return "L'ordre du jour est vide : ajoutez au moins un point avant d'envoyer la convocation (article L2121-10 du CGCT).";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(sentOn))
    return today >= seanceDate
      ? "Indiquez la date d'envoi : la convocation précède la séance, la date du jour ne peut donc pas l'être."
      : "Indiquez la date d'envoi.";
  if (sentOn >= seanceDate) return "La date d'envoi doit précéder le jour de la séance.";
  if (sentOn > today)
    return "La date d'envoi ne peut être une date à venir : enregistrez la convocation le jour où elle part.";
  return undefined;
}

/**
 * The sending date the form starts from: today while the séance is still to come, else none, since a convocation
 * sent on the séance's day or after is refused; the empty required field then asks for the real one.
 */
export const defaultSendingDate = (seanceDate: string, today: string): string => (today < seanceDate ? today : "");
