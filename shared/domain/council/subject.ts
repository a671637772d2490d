import type { Seance } from "./schema";

/** What every CM-* rule receives: the séance, with the commune's figures completed by the caller, and today. */
export interface SeanceSubject {
  readonly seance: Seance;
  /** Today (ISO), to tell a formality not yet due from one left undone. */
  readonly today: string;
}
