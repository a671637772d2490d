import { addDays, convocationRequirement, formatDateFr, latestSendingDate } from "../../../shared/domain/common";
import type { CommuneRecord, EcheanceRecord, SeanceRecord } from "../data/ports";
import { parisDate } from "./paris-time";
import type { SeanceDetails } from "./seance-details";

export type CockpitKind = "convocation" | "liste" | "pv" | "budget" | "compte" | "echeance";

export interface CockpitItem {
  readonly key: string;
  /** ISO date the thing is due. */
  readonly due: string;
  readonly label: string;
  readonly commune: string;
  readonly ref?: string;
  readonly kind: CockpitKind;
  readonly late: boolean;
  readonly seanceId?: string;
}

export interface CockpitInput {
  readonly today: string;
  readonly communes: readonly CommuneRecord[];
  readonly seances: readonly SeanceRecord[];
  readonly echeances: readonly EcheanceRecord[];
  readonly details: (seanceId: string) => SeanceDetails;
}

// Years of general renewal of municipal councils: the budget may then be voted until 30 April (CGCT L1612-2).
const RENEWAL_YEARS = new Set([2026, 2032, 2038]);

/** Date limite du vote du budget primitif de l'exercice (CGCT L1612-2). */
export const budgetDeadline = (year: number): string => (RENEWAL_YEARS.has(year) ? `${year}-04-30` : `${year}-04-15`);

/** The next occurrence on or after today of a yearly deadline. */
function nextYearly(today: string, deadline: (year: number) => string): { year: number; due: string } {
  const year = Number(today.slice(0, 4));
  const due = deadline(year);
  return due >= today ? { year, due } : { year: year + 1, due: deadline(year + 1) };
}

interface SeanceContext {
  readonly commune: CommuneRecord | undefined;
  readonly details: SeanceDetails;
  /** Date of the commune's next séance, when one is scheduled. */
  readonly next: string | undefined;
  readonly today: string;
}

function seanceItems(seance: SeanceRecord, { commune, details, next, today }: SeanceContext): CockpitItem[] {
  const date = parisDate(seance.date);
  const name = commune?.nom ?? "Commune inconnue";
  const base = { commune: name, seanceId: seance.id };
  if (date >= today) {
    if (seance.convocationLe || details.convocation) return [];
    const params = {
      ...(commune?.population !== undefined ? { population: commune.population } : {}),
      ...(commune?.departement ? { departement: commune.departement } : {}),
      ...(details.urgence ? { urgence: true } : {}),
    };
    const due = latestSendingDate(date, params);
    const label = `Envoyer la convocation de la séance du ${formatDateFr(date)} (${convocationRequirement(params).days} jours francs)`;
    return [{ ...base, key: `convocation:${seance.id}`, due, label, ref: convocationRequirement(params).ref, kind: "convocation", late: due < today }];
  }
  if (seance.statut === "close") return [];
  const items: CockpitItem[] = [];
  if (!details.listePublieeLe) {
    const due = addDays(date, 7);
    const label = `Afficher et mettre en ligne la liste des délibérations de la séance du ${formatDateFr(date)}`;
    items.push({ ...base, key: `liste:${seance.id}`, due, label, ref: "CGCT L2121-25", kind: "liste", late: due < today });
  }
  if (!details.pvArreteLe && next) {
    const label = `Faire arrêter le procès-verbal de la séance du ${formatDateFr(date)} au début de la séance suivante`;
    items.push({ ...base, key: `pv:${seance.id}`, due: next, label, ref: "CGCT L2121-15", kind: "pv", late: next < today });
  }
  return items;
}

function yearlyItems(commune: CommuneRecord, today: string): CockpitItem[] {
  const budget = nextYearly(today, budgetDeadline);
  const compte = nextYearly(today, (year) => `${year}-06-30`);
  return [
    {
      key: `budget:${commune.id}:${budget.year}`,
      due: budget.due,
      label: `Voter le budget primitif ${budget.year}`,
      commune: commune.nom,
      ref: "CGCT L1612-2",
      kind: "budget",
      late: false,
    },
    {
      key: `compte:${commune.id}:${compte.year}`,
      due: compte.due,
      label: `Voter le compte administratif ou le compte financier unique ${compte.year - 1}`,
      commune: commune.nom,
      ref: "CGCT L1612-12",
      kind: "compte",
      late: false,
    },
  ];
}

function echeanceItem(echeance: EcheanceRecord, communes: ReadonlyMap<string, CommuneRecord>, today: string): CockpitItem {
  const due = parisDate(echeance.due);
  return {
    key: `echeance:${echeance.id}`,
    due,
    label: echeance.libelle,
    commune: communes.get(echeance.commune)?.nom ?? "Commune inconnue",
    ...(echeance.reference ? { ref: echeance.reference } : {}),
    kind: "echeance",
    late: due < today,
  };
}

/** Everything late or due across the communes the secretary serves, by date (late first within a day). */
export function cockpitItems({ today, communes, seances, echeances, details }: CockpitInput): CockpitItem[] {
  const byId = new Map(communes.map((c) => [c.id, c]));
  const served = seances.filter((s) => byId.has(s.commune));
  const nextAfter = (seance: SeanceRecord): string | undefined =>
    served
      .filter((s) => s.commune === seance.commune && s.date > seance.date)
      .map((s) => parisDate(s.date))
      .sort()[0];
  const items = [
    ...served.flatMap((s) => seanceItems(s, { commune: byId.get(s.commune), details: details(s.id), next: nextAfter(s), today })),
    ...communes.flatMap((c) => yearlyItems(c, today)),
    ...echeances.filter((e) => !e.faite && byId.has(e.commune)).map((e) => echeanceItem(e, byId, today)),
  ];
  return items.sort((a, b) => a.due.localeCompare(b.due) || Number(b.late) - Number(a.late) || a.label.localeCompare(b.label, "fr"));
}
