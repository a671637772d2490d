/** Where a deletion stands: not asked, asked for confirmation, confirmed and held for an « Annuler », being written. */
export type DeleteStage = "idle" | "confirming" | "held" | "deleting";

/** « Supprimer le point 3 ? Ses avis le seront aussi. » */
export const confirmQuestion = (what: string, consequence?: string): string =>
  `Supprimer ${what} ?${consequence ? ` ${consequence}` : ""}`;

/** Said while the deletion is held, then while it is written. */
export function heldMessage(stage: "held" | "deleting", what: string, feminine: boolean): string {
  if (stage === "deleting") return `Suppression de ${what} en cours…`;
  return `${what.charAt(0).toUpperCase()}${what.slice(1)} va être ${feminine ? "supprimée" : "supprimé"}.`;
}
