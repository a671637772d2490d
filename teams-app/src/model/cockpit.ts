import { budgetVoteDeadline, compteVoteDeadline } from "../../../shared/domain/calendar";
import { addDays, formatDateFr } from "../../../shared/domain/common";
import { lateness } from "../../../shared/domain/common/lateness";
import { pendingFormalities } from "../../../shared/domain/acts/pending-formalities";
import { depositAlert } from "../../../shared/domain/subsidies/deposit-deadline";
import { FUNDER_LABELS } from "../../../shared/domain/subsidies/plan";
import type { ActeRecord, CommuneRecord, EcheanceRecord, SeanceRecord, SubventionRecord } from "../data/ports";
import { convocationDeadline, convocationToResend } from "./convocation-deadline";
import { parisDate } from "./paris-time";

export type CockpitKind =
  "convocation" | "liste" | "pv" | "budget" | "compte" | "echeance" | "transmission" | "publication" | "subvention";

export interface CockpitItem {
  readonly key: string;
  /** ISO date the thing is due. */
  readonly due: string;
  readonly label: string;
  readonly commune: string;
  readonly ref?: string;
  readonly kind: CockpitKind;
  readonly late: boolean;
  /** Calendar days past the due date; 0 while it is not passed. */
  readonly lateDays: number;
  readonly seanceId?: string;
}

/** An item before its lateness is known; acts and subsidies bring the one their domain rule computed. */
type Draft = Omit<CockpitItem, "late" | "lateDays"> & Partial<Pick<CockpitItem, "late" | "lateDays">>;

export interface CockpitInput {
  readonly today: string;
  readonly communes: readonly CommuneRecord[];
  readonly seances: readonly SeanceRecord[];
  readonly echeances: readonly EcheanceRecord[];
  readonly actes: readonly ActeRecord[];
  readonly subventions: readonly SubventionRecord[];
}

/** Date limite du vote du budget primitif de l'exercice, from the one legal calendar. */
export const budgetDeadline = (year: number): string => budgetVoteDeadline(year).due;

/** The next occurrence on or after today of a yearly deadline. */
function nextYearly(today: string, deadline: (year: number) => string): { year: number; due: string } {
  const year = Number(today.slice(0, 4));
  const due = deadline(year);
  return due >= today ? { year, due } : { year: year + 1, due: deadline(year + 1) };
}

interface SeanceContext {
  readonly commune: CommuneRecord | undefined;
  /** Date of the commune's next séance, when one is scheduled. */
  readonly next: string | undefined;
  readonly today: string;
}

function seanceItems(seance: SeanceRecord, { commune, next, today }: SeanceContext): Draft[] {
  const date = parisDate(seance.date);
  const base = { commune: commune?.nom ?? "Commune inconnue", seanceId: seance.id };
  if (date >= today) {
    if (seance.convocationLe && !convocationToResend(seance)) return [];
    const { latest: due, requirement } = convocationDeadline(date, commune, seance.urgence);
    const label = `${convocationToResend(seance) ? "Renvoyer" : "Envoyer"} la convocation de la séance du ${formatDateFr(date)} (${requirement.days} jours francs)`;
    return [{ ...base, key: `convocation:${seance.id}`, due, label, ref: requirement.ref, kind: "convocation" }];
  }
  if (seance.statut === "close") return [];
  const items: Draft[] = [];
  if (!seance.listePublieeLe) {
    const label = `Afficher et mettre en ligne la liste des délibérations de la séance du ${formatDateFr(date)}`;
    items.push({
      ...base,
      key: `liste:${seance.id}`,
      due: addDays(date, 7),
      label,
      ref: "CGCT L2121-25",
      kind: "liste",
    });
  }
  if (!seance.pvArreteLe && next) {
    const label = `Faire arrêter le procès-verbal de la séance du ${formatDateFr(date)} au début de la séance suivante`;
    items.push({ ...base, key: `pv:${seance.id}`, due: next, label, ref: "CGCT L2121-15", kind: "pv" });
  }
  return items;
}

function yearlyItems(commune: CommuneRecord, today: string): Draft[] {
  const budget = nextYearly(today, budgetDeadline);
  const compte = nextYearly(today, (year) => compteVoteDeadline(year - 1).due);
  return [
    {
      key: `budget:${commune.id}:${budget.year}`,
      due: budget.due,
      label: `Voter le budget primitif ${budget.year}`,
      commune: commune.nom,
      ref: budgetVoteDeadline(budget.year).ref,
      kind: "budget",
    },
    {
      key: `compte:${commune.id}:${compte.year}`,
      due: compte.due,
      label: `Voter le compte administratif ou le compte financier unique ${compte.year - 1}`,
      commune: commune.nom,
      ref: compteVoteDeadline(compte.year - 1).ref,
      kind: "compte",
    },
  ];
}

const echeanceItem = (echeance: EcheanceRecord, commune: string): Draft => ({
  key: `echeance:${echeance.id}`,
  due: parisDate(echeance.due),
  label: echeance.libelle,
  commune,
  ...(echeance.reference ? { ref: echeance.reference } : {}),
  kind: "echeance",
});

const ACT_NAMES: Readonly<Record<ActeRecord["type"], string>> = { deliberation: "la délibération", arrete: "l'arrêté" };

/** An act not yet exécutoire: one item per missing formality, with the date the office aims at. */
function acteItems(acte: ActeRecord, commune: string, today: string): Draft[] {
  const date = parisDate(acte.date);
  const act = `${ACT_NAMES[acte.type]}${acte.numero ? ` n° ${acte.numero}` : ""} du ${formatDateFr(date)} « ${acte.objet} »`;
  const formalities = {
    type: acte.type,
    date,
    transmissible: !acte.sansTransmission,
    ...(acte.transmisLe ? { transmisLe: parisDate(acte.transmisLe) } : {}),
    ...(acte.publieLe ? { publieLe: parisDate(acte.publieLe) } : {}),
  };
  return pendingFormalities(formalities, today).map((pending) => ({
    key: `${pending.formality}:${acte.id}`,
    due: pending.due,
    label:
      pending.formality === "transmission"
        ? `Transmettre au contrôle de légalité ${act} : pas exécutoire sans transmission`
        : `Publier ${act} : pas exécutoire sans publication`,
    commune,
    ref: pending.ref,
    kind: pending.formality,
    late: pending.late,
    lateDays: pending.lateDays,
    ...(acte.seance ? { seanceId: acte.seance } : {}),
  }));
}

function subventionItem(subvention: SubventionRecord, commune: string, today: string): Draft[] {
  const file = {
    funder: subvention.financeur,
    deposited: subvention.statut !== "a-deposer",
    ...(subvention.dateLimite ? { deadline: parisDate(subvention.dateLimite) } : {}),
    ...(subvention.commencement ? { commencement: parisDate(subvention.commencement) } : {}),
  };
  const alert = depositAlert(file, today);
  if (!alert) return [];
  const start =
    alert.startsBeforeDeposit && file.commencement
      ? ` — travaux prévus le ${formatDateFr(file.commencement)} : ne pas commencer avant le dépôt`
      : "";
  const left = alert.late ? "" : ` (J-${alert.daysLeft})`;
  const label = `Déposer le dossier ${FUNDER_LABELS[subvention.financeur]} « ${subvention.dossier} »${left}${start}`;
  return [
    {
      key: `subvention:${subvention.id}`,
      due: alert.due,
      label,
      commune,
      ref: alert.ref,
      kind: "subvention",
      late: alert.late,
      lateDays: alert.lateDays,
    },
  ];
}

/** Everything late or due across the communes the secretary serves, by date (late first within a day). */
export function cockpitItems({ today, communes, seances, echeances, actes, subventions }: CockpitInput): CockpitItem[] {
  const byId = new Map(communes.map((c) => [c.id, c]));
  const served = <T extends { commune: string }>(records: readonly T[]): T[] =>
    records.filter((r) => byId.has(r.commune));
  const nameOf = (id: string): string => byId.get(id)?.nom ?? "Commune inconnue";
  const mine = served(seances);
  const nextAfter = (seance: SeanceRecord): string | undefined =>
    mine
      .filter((s) => s.commune === seance.commune && s.date > seance.date)
      .map((s) => parisDate(s.date))
      .sort()[0];
  const drafts = [
    ...mine.flatMap((s) => seanceItems(s, { commune: byId.get(s.commune), next: nextAfter(s), today })),
    ...communes.flatMap((c) => yearlyItems(c, today)),
    ...served(echeances)
      .filter((e) => !e.faite)
      .map((e) => echeanceItem(e, nameOf(e.commune))),
    ...served(actes).flatMap((a) => acteItems(a, nameOf(a.commune), today)),
    ...served(subventions).flatMap((s) => subventionItem(s, nameOf(s.commune), today)),
  ];
  const items = drafts.map((d) => ({ ...lateness(d.due, today), ...d }));
  return items.sort(
    (a, b) => a.due.localeCompare(b.due) || Number(b.late) - Number(a.late) || a.label.localeCompare(b.label, "fr"),
  );
}
