import type { SeanceRecord } from "../../app/data/ports";
import { parisDate } from "../../common/paris-time";

/** The séances of the communes a person serves, the latest first. */
export const seancesServed = (seances: readonly SeanceRecord[], communeIds: readonly string[]): SeanceRecord[] =>
  seances.filter((s) => communeIds.includes(s.commune)).sort((a, b) => b.date.localeCompare(a.date));

/** The séance shown first: the one asked for, else the next to come, else the latest. */
export function defaultSeance(
  seances: readonly SeanceRecord[],
  today: string,
  wanted?: string,
): SeanceRecord | undefined {
  const sorted = [...seances].sort((a, b) => a.date.localeCompare(b.date));
  return (
    sorted.find((s) => s.id === wanted) ?? sorted.find((s) => parisDate(s.date) >= today) ?? sorted[sorted.length - 1]
  );
}

/** Only a séance nobody was convened to can go: once convened, it is held, or postponed by a new convocation. */
export const seanceDeletable = (seance: SeanceRecord): boolean =>
  seance.statut === "preparation" && !seance.convocationLe;
