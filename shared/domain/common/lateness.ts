import { daysBetween } from "./iso-date";

export interface Lateness {
  readonly late: boolean;
  /** Calendar days past the due date; 0 while it is not passed. */
  readonly lateDays: number;
}

/** How late something due on `due` is on `today` (both ISO dates). */
export function lateness(due: string, today: string): Lateness {
  const lateDays = Math.max(0, daysBetween(due, today));
  return { late: lateDays > 0, lateDays };
}
