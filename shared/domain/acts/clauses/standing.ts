import { referenceConcerns } from "../../legal-references";
import type { ReferenceConcern } from "../../legal-references";
import { formatDateLong } from "./format";
import type { Clause } from "./model";

/** How the pane must present a clause: the word on its badge, the sentence beside its version, and why. */
export interface ClauseStanding {
  /** Validated by a référent, flag-free, and every reference verified and in force at the act's date. */
  readonly validated: boolean;
  /** « Validée », « Proposée par l'équipe », « Proposée par le réseau », « Brouillon », « Retirée », « À revoir ». */
  readonly label: string;
  /** Whether its references keep it « à vérifier » (unverified, absent from the table, not in force at the date). */
  readonly toCheck: boolean;
  /** « validée le 3 mars 2026 par Paul Durand », « proposée par l'équipe, non validée par un référent du réseau ». */
  readonly provenance: string;
  readonly concerns: readonly ReferenceConcern[];
}

const PROPOSED_BY_TEAM = "proposée par l'équipe, non validée par un référent du réseau";

function provenanceOf(clause: Clause): string {
  const validation =
    clause.validatedAt !== undefined
      ? `validée le ${formatDateLong(clause.validatedAt)} par ${clause.validatedBy ?? "un référent du réseau"}`
      : undefined;
  switch (clause.status) {
    case "validee":
      return validation ?? "validée";
    case "proposee":
      return clause.origin === "reseau" ? "proposée par un membre du réseau, non validée" : PROPOSED_BY_TEAM;
    case "brouillon":
      return "brouillon, non validé";
    case "retiree":
      return validation ? `retirée (${validation})` : "retirée";
  }
}

function labelOf(clause: Clause): string {
  if ((clause.flags?.length ?? 0) > 0) return "À revoir";
  switch (clause.status) {
    case "validee":
      return "Validée";
    case "proposee":
      return clause.origin === "reseau" ? "Proposée par le réseau" : "Proposée par l'équipe";
    case "brouillon":
      return "Brouillon";
    case "retiree":
      return "Retirée";
  }
}

/**
 * What may be said of a clause at an act's date (ISO). « Validée » needs a référent's validation of this very
 * version, no checker flag, and references that the table holds as verified and in force at that date: a clause
 * that misses the last shows « à vérifier » and is not called validated, whoever validated it.
 */
export function clauseStanding(clause: Clause, date: string): ClauseStanding {
  const concerns = referenceConcerns(clause.references, date);
  const flagged = (clause.flags?.length ?? 0) > 0;
  const toCheck = concerns.length > 0;
  return {
    validated: clause.status === "validee" && !flagged && !toCheck,
    label: labelOf(clause),
    toCheck,
    provenance: provenanceOf(clause),
    concerns,
  };
}
