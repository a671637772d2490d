import { formatDateFr, isIsoDate } from "@shared/domain/common";
import { parisToUtc, parisWallClock } from "../../common/paris-time";

/** When and where a séance meets, as the secretary types it: Paris wall-clock date and time. */
export interface Schedule {
  readonly date: string;
  readonly time: string;
  readonly lieu: string;
}

export const DEFAULT_LIEU = "Salle du conseil, mairie";

/** What is wrong with a schedule, in French, or undefined: a séance is planned, never recorded after the fact. */
export function scheduleProblem({ date, time }: Schedule, today: string): string | undefined {
  if (!isIsoDate(date) || !/^\d{2}:\d{2}$/.test(time)) return "Indiquez la date et l'heure de la séance.";
  if (date < today) return `Le ${formatDateFr(date)} est passé : choisissez une date à venir.`;
  return undefined;
}

/** The schedule of a stored séance, in Paris time. */
export function scheduleOf(seance: { readonly date: string; readonly lieu?: string | undefined }): Schedule {
  const { date, time } = parisWallClock(seance.date);
  return { date, time, lieu: seance.lieu ?? "" };
}

/** The columns a schedule writes: the date in UTC as Graph stores it, the place trimmed. */
export const scheduleFields = ({ date, time, lieu }: Schedule): { date: string; lieu: string } => ({
  date: parisToUtc(date, time),
  lieu: lieu.trim(),
});
