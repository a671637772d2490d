import type { ClauseStatus } from "@shared/domain/acts/clauses";
import type { ClauseValidation, ClauseVersion as ClauseVersionRecord, DataProblem } from "../schema";

/** What a validation is checked against: a clause item, a version number and the exact text. */
export interface ValidatedText {
  readonly clause: string;
  readonly version: number;
  readonly texte: string;
}

/** Latest decision first: by creation date, then by item id (ids grow with time in a list). */
export const newestFirst = (a: ClauseValidation, b: ClauseValidation) =>
  (b.createdDateTime ?? "").localeCompare(a.createdDateTime ?? "") || Number(b.id) - Number(a.id);

/**
 * The référents' latest decision on this text: an item of the validations list, which only référents can create
 * (SharePoint's unique permissions, and the store's same policy). A decision on another text (the version was
 * edited since) does not count.
 */
export function decisionOn(
  target: ValidatedText,
  validations: readonly ClauseValidation[],
): ClauseValidation | undefined {
  return validations
    .filter((v) => v.clause === target.clause && v.version === target.version && v.texte === target.texte)
    .sort(newestFirst)[0];
}

/**
 * A version's status, the same in the Teams tab and the Word pane: validated while a référent's latest decision on
 * its text is « validée », withdrawn after « retirée »; a draft stays a draft. The old ValideeLe column, which any
 * contributor could write, is never read.
 */
export function versionStatus(version: ClauseVersionRecord, validations: readonly ClauseValidation[]): ClauseStatus {
  if (version.statut === "retiree" || version.statut === "brouillon") return version.statut;
  const decision = decisionOn(version, validations);
  return decision ? decision.decision : "proposee";
}

/** Who validated and when, for the pages: the decision's author and creation date, as SharePoint recorded them. */
export function validationFacts(decision: ClauseValidation): { validatedAt?: string; validatedBy: string } {
  return {
    ...(decision.createdDateTime ? { validatedAt: decision.createdDateTime.slice(0, 10) } : {}),
    validatedBy: decision.createdBy?.displayName ?? "un référent du réseau",
  };
}

/**
 * Versions an earlier release marked validated through the ValideeLe column, with no référent's decision since:
 * they read as proposed, and the pages say why, so that a référent validates them again.
 */
export function formerValidations(
  versions: readonly ClauseVersionRecord[],
  validations: readonly ClauseValidation[],
): DataProblem[] {
  return versions
    .filter((v) => v.valideeLe !== undefined && decisionOn(v, validations) === undefined)
    .map((v) => ({
      list: "clauseVersions",
      itemId: v.id,
      message: `Versions de clauses, élément ${v.id} : « ${v.titre} » était marquée validée par l'ancienne colonne « Validée le », que tout contributeur pouvait remplir ; elle reste proposée jusqu'à ce qu'un référent la valide de nouveau.`,
    }));
}
