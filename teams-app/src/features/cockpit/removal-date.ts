import { formatDateFr } from "@shared/domain/common";
import { keepUntil } from "@shared/domain/transmission/publication";

/**
 * What is wrong with the day an act left the board, in French: two months at least after it was posted, since it
 * would otherwise not have been public for the whole recours window, and never in the future.
 */
export function removalDateProblem(date: string, publieLe: string, today: string): string | undefined {
  const earliest = keepUntil(publieLe);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return "Indiquez la date, au format jj/mm/aaaa.";
  if (date > today) return `La date ne peut être postérieure à aujourd'hui (${formatDateFr(today)}).`;
  if (date < earliest)
    return `L'acte reste affiché jusqu'au ${formatDateFr(earliest)} au moins (deux mois après l'affichage).`;
  return undefined;
}
