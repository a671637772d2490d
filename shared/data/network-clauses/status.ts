import type { ClauseStatus } from "@shared/domain/acts/clauses";
import type { ClauseVersion as ClauseVersionRecord } from "../schema";

/**
 * A version's status, the same in the Teams tab and the Word pane: validated once valideeLe is stamped (the Teams
 * tab does it), unless a référent set the version aside since.
 */
export function versionStatus(version: ClauseVersionRecord): ClauseStatus {
  if (version.statut === "retiree" || version.statut === "brouillon") return version.statut;
  return version.valideeLe ? "validee" : "proposee";
}
