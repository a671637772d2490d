import { createClauseLibrary } from "@shared/domain/acts/clauses";
import type { Clause, ClauseLibrary } from "@shared/domain/acts/clauses";
import type { DataProblem } from "../schema";

export interface NetworkLibrary {
  /** The built-in catalog and, when the lists answered, the network's clauses. */
  readonly library: ClauseLibrary;
  /** Network clause versions read, 0 when the lists were not reached. */
  readonly networkVersions: number;
  /** Items that did not parse or make sense, in French; the others are still offered. */
  readonly problems: readonly DataProblem[];
  /** Set when the lists could not be read: the pane then works on the built-in catalog and says so. */
  readonly unreachable?: string;
}

/**
 * The built-in catalog alone, with the French notice of why the network's lists were not read. Kept apart from the
 * loader so that the Word pane can say it without loading the data layer's chunk, which may be what failed.
 */
export function catalogOnly(builtIn: readonly Clause[], reason: string): NetworkLibrary {
  return {
    library: createClauseLibrary(builtIn),
    networkVersions: 0,
    problems: [],
    unreachable: `Clauses du réseau inaccessibles (${reason}) : le volet propose la bibliothèque intégrée.`,
  };
}
