import { budgetVoteDeadline, compteVoteDeadline } from "@shared/domain/calendar";
import { addDays, formatDateFr } from "@shared/domain/common";
import { lateness } from "@shared/domain/common/lateness";
import { pendingFormalities } from "@shared/domain/acts/pending-formalities";
import { depositAlert } from "@shared/domain/subsidies/deposit-deadline";
import { FUNDER_LABELS } from "@shared/domain/subsidies/plan";
import type { ActeRecord, CommuneRecord, EcheanceRecord, SeanceRecord, SubventionRecord } from "../../app/data/ports";
import { acteRecordOf } from "./acte-record";
import { acknowledgementItems } from "./cockpit-acts";
import type { Completion } from "./cockpit-completion";
import { convocationDeadline, convocationToResend } from "../seance/convocation-deadline";
import { parisDate } from "../../common/paris-time";

export type CockpitKind =
  | "convocation"
  | "liste"
  | "pv"
  | "budget"
  | "compte"
  | "echeance"
  | "transmission"
  | "publication"
  | "subvention"
  | "accuse";

export interface CockpitItem {
  readonly key: string;
  /** ISO date the thing is due. */
  readonly due: string;
  readonly label: string;
  readonly commune: string;
  /** For the cockpit's filter by commune. */
  readonly communeId: string;
  readonly ref?: string;
  readonly kind: CockpitKind;
  readonly late: boolean;
  /** Calendar days past the due date; 0 while it is not passed. */
  readonly lateDays: number;
  readonly seanceId?: string;
  /** How to mark it done from the cockpit; absent when it is done elsewhere (a vote, a convocation sent). */
  readonly done?: Completion;
}

/** What to do about an item once it is late, in a sentence; the cockpit shows it under a late item. */
export const LATE_HELP: Readonly<Record<CockpitKind, string>> = {
  convocation:
    "Le délai de convocation est dépassé : reportez la séance (onglet Séances, date et lieu), ou convoquez en urgence, le délai ne pouvant alors être inférieur à un jour franc et le conseil se prononçant d'abord sur l'urgence.",
  liste:
    "Affichez la liste des délibérations en mairie et mettez-la en ligne sans attendre, puis indiquez la date ici.",
  pv: "Inscrivez l'arrêté du procès-verbal au début de la prochaine séance, puis indiquez la date ici.",
  budget:
    "Passé cette date, le préfet saisit la chambre régionale des comptes : inscrivez le vote du budget à la prochaine séance.",
  compte:
    "Passé cette date, le préfet saisit la chambre régionale des comptes : inscrivez le vote du compte à la prochaine séance.",
  echeance: "Échéance dépassée : faites-la au plus vite, puis indiquez ici la date où elle a été faite.",
  transmission:
    "L'acte n'est pas exécutoire tant qu'il n'est pas transmis : transmettez-le par @ctes ou en préfecture, puis indiquez la date de l'accusé de réception.",
  publication:
    "L'acte n'est pas exécutoire tant qu'il n'est pas publié : publiez-le selon le mode choisi par la commune, puis indiquez la date.",
  subvention:
    "La date limite de dépôt est passée : demandez au financeur si un dépôt tardif est encore reçu ; s'il a été déposé, indiquez la date.",
  accuse:
    "L'accusé de réception de @ctes arrive d'ordinaire dans l'heure, un jour ouvré : vérifiez l'envoi sur la plateforme du tiers de télétransmission ; un acte refusé est à renvoyer corrigé.",
};

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
  const base = { commune: commune?.nom ?? "Commune inconnue", communeId: seance.commune, seanceId: seance.id };
  const record = { list: "seances", id: seance.id, eTag: seance.eTag, notBefore: date } as const;
  if (date >= today) {
    if (seance.convocationLe && !convocationToResend(seance)) return [];
    const { latest: due, requirement } = convocationDeadline(date, commune, seance.urgence);
    const label = `${convocationToResend(seance) ? "Renvoyer" : "Envoyer"} la convocation de la séance du ${formatDateFr(date)} (${requirement.days} jours francs)`;
    return [
      {
        ...base,
        key: `convocation:${seance.id}`,
        due,
        label,
        ref: requirement.ref,
        kind: "convocation",
        done: {
          list: "seances",
          id: seance.id,
          eTag: seance.eTag,
          field: "convocationLe",
          verb: "Convocation envoyée le",
          convocationFor: date,
        },
      },
    ];
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
      done: { ...record, field: "listePublieeLe", verb: "Liste publiée le" },
    });
  }
  if (!seance.pvArreteLe && next) {
    const label = `Faire arrêter le procès-verbal de la séance du ${formatDateFr(date)} au début de la séance suivante`;
    items.push({
      ...base,
      key: `pv:${seance.id}`,
      due: next,
      label,
      ref: "CGCT L2121-15",
      kind: "pv",
      done: { ...record, field: "pvArreteLe", verb: "Procès-verbal arrêté le" },
    });
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
      communeId: commune.id,
      ref: budgetVoteDeadline(budget.year).ref,
      kind: "budget",
    },
    {
      key: `compte:${commune.id}:${compte.year}`,
      due: compte.due,
      label: `Voter le compte administratif ou le compte financier unique ${compte.year - 1}`,
      commune: commune.nom,
      communeId: commune.id,
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
  communeId: echeance.commune,
  ...(echeance.reference ? { ref: echeance.reference } : {}),
  kind: "echeance",
  done: { list: "echeances", field: "faiteLe", id: echeance.id, eTag: echeance.eTag, verb: "Faite le" },
});

const ACT_NAMES: Readonly<Record<ActeRecord["type"], string>> = { deliberation: "la délibération", arrete: "l'arrêté" };

/**
 * An act not yet exécutoire: one item per missing formality, with the date the office aims at, and the préfecture's
 * acknowledgement to record once it is sent.
 */
function acteItems(acte: ActeRecord, commune: CommuneRecord | undefined, today: string): Draft[] {
  const name = commune?.nom ?? "Commune inconnue";
  return [...formalityItems(acte, name, today), ...acknowledgementItems(acte, acteRecordOf(acte, commune), name)];
}

function formalityItems(acte: ActeRecord, commune: string, today: string): Draft[] {
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
    communeId: acte.commune,
    ref: pending.ref,
    kind: pending.formality,
    late: pending.late,
    lateDays: pending.lateDays,
    ...(acte.seance ? { seanceId: acte.seance } : {}),
    done: {
      list: "actes",
      id: acte.id,
      eTag: acte.eTag,
      notBefore: date,
      ...(pending.formality === "transmission"
        ? { field: "transmisLe", verb: "Transmis le" }
        : { field: "publieLe", verb: "Publié le" }),
    },
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
      communeId: subvention.commune,
      ref: alert.ref,
      kind: "subvention",
      done: { list: "subventions", field: "deposeLe", id: subvention.id, eTag: subvention.eTag, verb: "Déposé le" },
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
    ...served(actes).flatMap((a) => acteItems(a, byId.get(a.commune), today)),
    ...served(subventions).flatMap((s) => subventionItem(s, nameOf(s.commune), today)),
  ];
  const items = drafts.map((d) => ({ ...lateness(d.due, today), ...d }));
  return items.sort(
    (a, b) => a.due.localeCompare(b.due) || Number(b.late) - Number(a.late) || a.label.localeCompare(b.label, "fr"),
  );
}
