import { isOpen } from "@shared/domain/calendar";
import type { ActWindow } from "@shared/domain/calendar";
import { addDays, formatDateFr } from "@shared/domain/common";
import { publicationSteps, withdrawalProblem } from "@shared/domain/transmission/publication";
import { actStatus, executoireMention, recordWindows } from "@shared/domain/transmission/status";
import type { ActRecord } from "@shared/domain/transmission/model";
import type { PublicationStep } from "@shared/domain/transmission/publication";
import type { ActStatus } from "@shared/domain/transmission/status";
import type { ActeRecord, CommuneRecord } from "../../app/data/ports";
import { acteRecordOf } from "./acte-record";
import type { CockpitItem } from "./cockpit";
import { parisDate } from "../../common/paris-time";

type Draft = Omit<CockpitItem, "late" | "lateDays">;

const nameOf = (acte: ActeRecord): string =>
  `${acte.type === "deliberation" ? "la délibération" : "l'arrêté"}${acte.numero ? ` n° ${acte.numero}` : ""} « ${acte.objet} »`;

/** « transmis le 13/06/2025, AR reçu le 16/06/2025, publié le 14/06/2025 — exécutoire depuis le 16/06/2025 ». */
export function statusLabel(record: ActRecord, status: ActStatus = actStatus(record)): string {
  const steps = [
    record.transmissible
      ? record.transmisLe
        ? `transmis le ${formatDateFr(record.transmisLe)}`
        : "non transmis"
      : "non transmissible",
    ...(record.transmissible && record.arLe ? [`AR reçu le ${formatDateFr(record.arLe)}`] : []),
    record.portee === "individuel"
      ? record.notifieLe
        ? `notifié le ${formatDateFr(record.notifieLe)}`
        : "non notifié"
      : record.publieLe
        ? `publié le ${formatDateFr(record.publieLe)}`
        : "non publié",
  ];
  const end = status.executoireLe
    ? `exécutoire depuis le ${formatDateFr(status.executoireLe)}`
    : `pas exécutoire : ${status.raisons.map((r) => r.message).join(" ; ")}`;
  return `${steps.join(", ")} — ${end}`;
}

/** Once sent, the act is exécutoire only with the préfecture's acknowledgement: the cockpit asks for its date. */
export function acknowledgementItems(acte: ActeRecord, record: ActRecord, commune: string): Draft[] {
  if (!record.transmissible || !record.transmisLe || record.arLe) return [];
  return [
    {
      key: `ar:${acte.id}`,
      commune,
      communeId: acte.commune,
      ...(acte.seance ? { seanceId: acte.seance } : {}),
      // @CTES acknowledges within minutes on working days: a day later, the AR is missing rather than late.
      due: addDays(record.transmisLe, 1),
      label: `Enregistrer l'accusé de réception de la préfecture pour ${nameOf(acte)}, transmis le ${formatDateFr(record.transmisLe)} : pas exécutoire sans lui`,
      ref: "CGCT L2131-1",
      kind: "accuse",
      done: {
        list: "actes",
        field: "arLe",
        id: acte.id,
        eTag: acte.eTag,
        verb: "Accusé de réception du",
        notBefore: record.transmisLe,
      },
    },
  ];
}

/** One act as the cockpit follows it after the vote: where it stands, and the windows still open. */
export interface ActTracking {
  readonly key: string;
  readonly acte: ActeRecord;
  readonly communeRecord: CommuneRecord | undefined;
  /** The numéros of the commune's other acts (TDT-NUMERO-UNIQUE). */
  readonly otherNumeros: readonly string[];
  /** Still to send: the cockpit offers to prepare its dossier. */
  readonly toSend: boolean;
  /** Sent on this date, its acknowledgement not recorded yet: the cockpit takes its identifier and date. */
  readonly awaitingAr?: string;
  /** Électronique, decided and not yet online: the cockpit offers « Publier ». */
  readonly toPublish: boolean;
  /** Affichage: posted on this date and not yet taken down, so the cockpit takes the day it is. */
  readonly postedSince?: string;
  readonly label: string;
  readonly commune: string;
  readonly status: ActStatus;
  readonly statusLabel: string;
  readonly windows: readonly ActWindow[];
  /** The publication formalities of the commune's mode (électronique, affichage, papier) or the notification. */
  readonly publication: readonly PublicationStep[];
  /** An act taken down before two months, said in French. */
  readonly withdrawal?: string;
  /** « Acte rendu exécutoire après transmission le … et publication le … », for the registre. */
  readonly mention?: string;
}

/**
 * The acts still to follow: not exécutoire yet (with why), with a window still open (recours, déféré, contrôle
 * budgétaire) or still ahead, or still on the board. An act done with all of them leaves the cockpit. Most recent first.
 */
export function actTracking(
  actes: readonly ActeRecord[],
  communes: readonly CommuneRecord[],
  today: string,
): ActTracking[] {
  const byId = new Map(communes.map((c) => [c.id, c]));
  return actes
    .filter((a) => byId.has(a.commune))
    .sort((a, b) => b.date.localeCompare(a.date))
    .flatMap((acte) => {
      const commune = byId.get(acte.commune);
      const record = acteRecordOf(acte, commune);
      const status = actStatus(record);
      const windows = recordWindows(record).filter((w) => isOpen(w, today) || w.from > today);
      const posted = record.publication === "affichage" && record.publieLe && !record.publicationRetireeLe;
      // Still on the board: it stays followed until its removal is dated.
      if (status.executoire && windows.length === 0 && !posted) return [];
      const label = `${nameOf(acte)} du ${formatDateFr(parisDate(acte.date))}`;
      const withdrawal = withdrawalProblem(record);
      const mention = executoireMention(record);
      const otherNumeros = actes.flatMap((a) =>
        a.id !== acte.id && a.commune === acte.commune && a.numero ? [a.numero] : [],
      );
      return [
        {
          key: acte.id,
          acte,
          communeRecord: commune,
          otherNumeros,
          toSend: record.transmissible && !record.transmisLe,
          toPublish:
            record.publication === "electronique" &&
            record.portee !== "individuel" &&
            !record.publieLe &&
            (record.date ?? today) <= today,
          ...(record.transmissible && record.transmisLe && !record.arLe ? { awaitingAr: record.transmisLe } : {}),
          ...(posted && record.publieLe ? { postedSince: record.publieLe } : {}),
          label: label.charAt(0).toUpperCase() + label.slice(1),
          commune: commune?.nom ?? "Commune inconnue",
          status,
          statusLabel: statusLabel(record, status),
          windows,
          publication: publicationSteps(record),
          ...(withdrawal ? { withdrawal } : {}),
          ...(mention ? { mention } : {}),
        },
      ];
    });
}
