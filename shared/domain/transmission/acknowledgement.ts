import { formatDateFr, isIsoDate } from "../common/iso-date";

/**
 * The préfecture's acknowledgement as the tiers de télétransmission shows it: « 049-214900017-20250328-2025_012-DE »
 * (département, SIREN of the commune, date, numéro of the act, nature in two letters). Only its bounds are enforced:
 * the shape is the usual one, and an identifier of another shape is recorded with a word of warning, not refused.
 */
export const AR_ID_MAX = 100;
const USUAL_AR_ID = /^\d{3}-\d{9}-\d{8}-[0-9A-Z_]{1,15}-[A-Z]{2}$/;

export interface AcknowledgementCheck {
  /** Why it cannot be recorded, in French. */
  readonly problem?: string;
  /** A remark that does not prevent recording. */
  readonly note?: string;
}

export function checkAcknowledgement(
  id: string,
  date: string,
  transmisLe: string,
  today: string,
): AcknowledgementCheck {
  const trimmed = id.trim();
  if (trimmed === "")
    return {
      problem: "Indiquez l'identifiant de l'accusé de réception, tel que le tiers de télétransmission l'affiche.",
    };
  if (trimmed.length > AR_ID_MAX || /[\r\n]/.test(trimmed))
    return { problem: `L'identifiant tient sur une ligne de ${AR_ID_MAX} caractères au plus.` };
  if (!isIsoDate(date)) return { problem: "Indiquez la date de l'accusé de réception, au format jj/mm/aaaa." };
  if (date > today) return { problem: `La date ne peut être postérieure à aujourd'hui (${formatDateFr(today)}).` };
  if (date < transmisLe)
    return { problem: `L'accusé de réception ne peut précéder la transmission du ${formatDateFr(transmisLe)}.` };
  return USUAL_AR_ID.test(trimmed)
    ? {}
    : {
        note: "Identifiant d'une forme inhabituelle (attendu : 049-214900017-20250328-2025_012-DE) : vérifiez-le avant de l'enregistrer.",
      };
}
