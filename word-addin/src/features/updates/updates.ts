import type { Clause, ClauseLibrary } from "@shared/domain/acts/clauses";
import type { InsertedClause } from "@shared/ports/act-document";

/** A clause of the document and the newer offered version of it in the library. */
export interface Outdated {
  readonly inserted: InsertedClause;
  readonly newer: Clause;
}

/** The clauses with a newer offered version, once each (the first occurrence in the document stands for all). */
export function outdatedClauses(
  inserted: readonly InsertedClause[],
  newerVersion: ClauseLibrary["newerVersion"],
): Outdated[] {
  const byId = new Map<string, Outdated>();
  for (const clause of inserted) {
    const newer = newerVersion(clause.clauseId, clause.version);
    if (newer && !byId.has(clause.clauseId)) byId.set(clause.clauseId, { inserted: clause, newer });
  }
  return [...byId.values()];
}

const plural = (count: number) => (count > 1 ? "s" : "");

/** The scan's outcome, after the message of the update that led to it if any. */
export const scanMessage = (done: string, inserted: number, outdated: number): string =>
  `${done ? `${done} ` : ""}${inserted} clause${plural(inserted)} de la bibliothèque dans le document, ${outdated} à mettre à jour.`;

export const updatedMessage = (newer: Pick<Clause, "title" | "version">, replaced: number): string =>
  `« ${newer.title} » mise à jour en version ${newer.version} (${replaced} occurrence${plural(replaced)}).`;
