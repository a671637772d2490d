import { fieldLabel, isDateTime, isLookup } from "../app/data/labels";
import type { PendingWrite } from "../app/data/writer";
import { formatParisDateTime } from "./paris-time";

/** What the user typed in a write not yet on the server, in French: the labels of the list's columns, Paris dates. */
export function describeValues({ list, values }: PendingWrite): string {
  return Object.entries(values ?? {})
    .filter(([k, v]) => v !== undefined && v !== "" && !isLookup(list, k))
    .map(
      ([k, v]) =>
        `${fieldLabel(list, k)} : ${typeof v === "string" && isDateTime(list, k) ? formatParisDateTime(v) : String(v)}`,
    )
    .join(" ; ");
}

/** The writes on their way, and what to say of them; undefined when none is waiting. */
export function queuedNotice(pending: readonly PendingWrite[]) {
  const queued = pending.filter((p) => p.state === "pending");
  if (queued.length === 0) return undefined;
  // Until a first try has failed, the write is simply on its way: saying the server did not answer would be false.
  const failed = queued.some((p) => p.message !== undefined);
  const count = `${queued.length} modification${queued.length > 1 ? "s" : ""}`;
  return {
    queued,
    title: failed ? `${count} en attente d'envoi` : `${count} en cours d'envoi`,
    text: failed
      ? "Le serveur n'a pas répondu ; votre saisie est conservée dans ce navigateur et sera renvoyée automatiquement."
      : "Votre saisie est conservée dans ce navigateur jusqu'à ce que le serveur l'ait enregistrée.",
  };
}

/** A write the server refused or found in conflict, as its message says it. */
export function problemNotice(p: PendingWrite) {
  const conflict = p.state === "conflict";
  return {
    conflict,
    title: conflict ? "Modifié par quelqu'un d'autre" : "Enregistrement refusé",
    text: conflict
      ? "Cet élément a changé depuis que vous l'avez ouvert. La page affiche maintenant la version enregistrée ; votre saisie est conservée : "
      : `${p.message ?? ""} Votre saisie : `,
  };
}

/** The writes a user must decide on: those in conflict or refused. */
export const problems = (pending: readonly PendingWrite[]) => pending.filter((p) => p.state !== "pending");

/** Keys of the writes whose first try failed: when one leaves the list, it reached the server on its own. */
export const retriedKeys = (pending: readonly PendingWrite[]): string[] =>
  pending.filter((p) => p.message !== undefined).map((p) => p.key);

export const anySent = (retried: readonly string[], pending: readonly PendingWrite[]): boolean =>
  retried.some((key) => !pending.some((p) => p.key === key));
