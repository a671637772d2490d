import { formatDateFr } from "@shared/domain/common";
import { keepUntil } from "@shared/domain/transmission/publication";
import type { WriteResult } from "../../app/data/writer";

export interface PublicationNotice {
  readonly intent: "error" | "success";
  readonly text: string;
}

/** What became of the record's save, after the page went online. */
const SAVE_NOTES = {
  saved: "",
  queued: " La date de mise en ligne sera enregistrée sur la fiche de l'acte dès que la connexion le permet.",
  conflict:
    " La fiche de l'acte a été modifiée entre-temps : rechargez, puis publiez de nouveau pour enregistrer la date.",
  rejected: " La date n'a pas pu être enregistrée sur la fiche de l'acte : vérifiez vos droits sur la liste Actes.",
} as const;

/** The page is online; the date is on the record, on its way, or not saved (then the notice is an error). */
export function publishedNotice(
  today: string,
  pageName: string,
  saved: WriteResult<unknown>["status"],
): PublicationNotice {
  return {
    intent: saved === "saved" || saved === "queued" ? "success" : "error",
    text: `Page de publication mise en ligne le ${formatDateFr(today)} (« ${pageName} ») : à garder en ligne jusqu'au ${formatDateFr(keepUntil(today))} au moins.${SAVE_NOTES[saved]}`,
  };
}

export const publishFailure = (message: string): string =>
  `La page de publication n'a pas pu être mise en ligne : ${message}`;
