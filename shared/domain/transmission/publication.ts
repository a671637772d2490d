import { addMonths, formatDateFr, isIsoDate } from "../common/iso-date";
import type { ActRecord } from "./model";

/**
 * Publication after L2131-1 (ordonnance 2021-1310): électronique on the commune's website, in full, in a format that
 * cannot be modified; or, for a commune of under 3,500 inhabitants that chose it (L2131-1 IV), affichage in the
 * mairie or paper kept available. The suite keeps every act posted or online at least two months: the recours
 * window of CJA R421-1 runs from the publication, and the préfet's déféré from the receipt (L2131-6).
 */
export const PUBLICATION_MIN_MONTHS = 2;

export interface PublicationStep {
  readonly label: string;
  readonly ref: string;
  /** Done on this date, when it is. */
  readonly doneOn?: string;
  /** The earliest day the act may leave the website or the board. */
  readonly keepUntil?: string;
}

/** The first day the act may be taken down: two months after it was made public. */
export const keepUntil = (publieLe: string): string => addMonths(publieLe, PUBLICATION_MIN_MONTHS);

/** What publishing this act means for this commune, step by step, with what is done already. */
export function publicationSteps(record: ActRecord): PublicationStep[] {
  if (record.portee === "individuel")
    return [
      {
        label: "Notifier l'acte à la personne qu'il concerne (remise contre signature ou courrier recommandé)",
        ref: "CGCT L2131-1",
        ...(record.notifieLe ? { doneOn: record.notifieLe } : {}),
      },
    ];
  const posted = record.publieLe;
  const until = posted ? { keepUntil: keepUntil(posted) } : {};
  switch (record.publication) {
    case "electronique":
      return [
        {
          label: "Mettre en ligne la page de publication de l'acte (le PDF, non modifiable) sur le site de la commune",
          ref: "CGCT L2131-1",
          ...(posted ? { doneOn: posted } : {}),
          ...until,
        },
      ];
    case "affichage":
      return [
        {
          label: "Afficher l'acte en mairie, à un emplacement accessible au public",
          ref: "CGCT L2131-1 IV",
          ...(posted ? { doneOn: posted } : {}),
          ...until,
        },
        {
          label: "Retirer l'acte de l'affichage, et noter la date du retrait",
          ref: "CGCT L2131-1 IV",
          ...(record.publicationRetireeLe ? { doneOn: record.publicationRetireeLe } : {}),
        },
      ];
    case "papier":
      return [
        {
          label: "Tenir l'acte à la disposition du public en mairie, sur papier, et l'annoncer par affichage",
          ref: "CGCT L2131-1 IV",
          ...(posted ? { doneOn: posted } : {}),
          ...until,
        },
      ];
  }
}

/** An act taken off the board or the website too early, in French; undefined when it stayed long enough. */
export function withdrawalProblem(record: ActRecord): string | undefined {
  const { publieLe, publicationRetireeLe } = record;
  if (!publieLe || !publicationRetireeLe) return undefined;
  if (publicationRetireeLe < publieLe)
    return "La date de retrait précède celle de l'affichage : vérifiez les deux dates.";
  const until = keepUntil(publieLe);
  return publicationRetireeLe < until
    ? `Acte retiré le ${formatDateFr(publicationRetireeLe)}, avant le ${formatDateFr(until)} : il doit rester affiché ou en ligne deux mois au moins.`
    : undefined;
}

/**
 * What is wrong with the day the secretary says an act left the board, in French: not before `keepUntil` (the act
 * must have been public for the whole recours window, CJA R421-1, after its affichage under CGCT L2131-1 IV), and
 * never in the future. Unlike `withdrawalProblem`, it refuses the date before it is recorded.
 */
export function removalDateProblem(date: string, publieLe: string, today: string): string | undefined {
  if (!isIsoDate(date)) return "Indiquez la date, au format jj/mm/aaaa.";
  if (date > today) return `La date ne peut être postérieure à aujourd'hui (${formatDateFr(today)}).`;
  const earliest = keepUntil(publieLe);
  if (date < earliest)
    return `L'acte reste affiché jusqu'au ${formatDateFr(earliest)} au moins (deux mois après l'affichage).`;
  return undefined;
}
