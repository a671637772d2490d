import { runRules } from "../rules";
import type { Finding } from "../rules";
import { SEANCE_RULES } from "./rules";
import type { Seance } from "./schema";

export interface CheckSeanceOptions {
  /** ISO date whose law applies; defaults to the séance's date. */
  readonly date?: string;
  /** Today (ISO), from the caller's clock. */
  readonly today: string;
  /** Population totale when the séance does not give it. */
  readonly population?: number;
  /** Département when the séance does not give it. */
  readonly departement?: string;
}

/** Runs every CM-* rule in force on the applicable date; the séance's own figures win over the options'. */
export function checkSeance(seance: Seance, options: CheckSeanceOptions): Finding[] {
  const population = seance.commune?.population ?? options.population;
  const departement = seance.commune?.departement ?? options.departement;
  const completed: Seance = {
    ...seance,
    commune: {
      ...seance.commune,
      ...(population !== undefined ? { population } : {}),
      ...(departement !== undefined ? { departement } : {}),
    },
  };
  return runRules(SEANCE_RULES, { seance: completed, today: options.today }, { date: options.date ?? seance.date });
}
