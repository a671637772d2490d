import type { Schedule } from "./seance-schedule";
import { scheduleFields, scheduleProblem } from "./seance-schedule";

export interface NewSeance {
  readonly commune: string;
  readonly titre: string;
  readonly schedule: Schedule;
}

/** What keeps « Créer la séance » greyed out: the schedule's problem, or a blank title or commune. */
export function newSeanceBlocked(form: NewSeance, today: string): boolean {
  return form.titre.trim() === "" || form.commune === "" || scheduleProblem(form.schedule, today) !== undefined;
}

/** The séance as saved: in preparation, its title trimmed, its date written in UTC. */
export const newSeanceDraft = ({ commune, titre, schedule }: NewSeance) => ({
  titre: titre.trim(),
  commune,
  statut: "preparation" as const,
  ...scheduleFields(schedule),
});
