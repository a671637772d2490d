import type { PointRecord, SeanceRecord } from "../../app/data/ports";
import { parisDate } from "../../common/paris-time";

/** Séances still to come in the communes served, nearest first. */
export const upcomingSeances = (
  seances: readonly SeanceRecord[],
  communeIds: readonly string[],
  today: string,
): SeanceRecord[] =>
  seances
    .filter((s) => communeIds.includes(s.commune) && parisDate(s.date) >= today)
    .sort((a, b) => a.date.localeCompare(b.date));

/** The line under a point's title: its rapporteur and exposé. */
export const pointCaption = (point: PointRecord): string =>
  `${point.rapporteur ? `Rapporteur : ${point.rapporteur}` : "Sans rapporteur"}${point.expose ? ` — ${point.expose}` : ""}`;
