import { isOpen } from "@shared/domain/calendar";
import { addDays, formatDateFr } from "@shared/domain/common";
import { actStatus, recordWindows } from "@shared/domain/transmission";
import type { ActRecord, ActStatus } from "@shared/domain/transmission";
import type { ActeRecord } from "../data/ports";
import type { CockpitItem } from "./cockpit";

type Draft = Omit<CockpitItem, "late" | "lateDays">;

/** « transmis le 13/06/2025, AR reçu le 16/06/2025, publié le 14/06/2025 : exécutoire depuis le 16/06/2025 ». */
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

/**
 * What the cockpit follows once an act has left the office: the préfecture's acknowledgement to record (the act is
 * not exécutoire on the sending alone), and every window still open (recours, déféré, contrôle budgétaire), each
 * with its reference. Windows end on their last day; a closed one leaves the cockpit.
 */
export function acteFollowUps(acte: ActeRecord, record: ActRecord, commune: string, today: string): Draft[] {
  const name = `${acte.type === "deliberation" ? "la délibération" : "l'arrêté"}${acte.numero ? ` n° ${acte.numero}` : ""} « ${acte.objet} »`;
  const base = { commune, communeId: acte.commune, ...(acte.seance ? { seanceId: acte.seance } : {}) };
  const items: Draft[] = [];
  if (record.transmissible && record.transmisLe && !record.arLe)
    items.push({
      ...base,
      key: `ar:${acte.id}`,
      // @CTES acknowledges within minutes on working days: a day later, the AR is missing rather than late.
      due: addDays(record.transmisLe, 1),
      label: `Enregistrer l'accusé de réception de la préfecture pour ${name}, transmis le ${formatDateFr(record.transmisLe)} : pas exécutoire sans lui`,
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
    });
  for (const window of recordWindows(record).filter((w) => isOpen(w, today) || w.from > today))
    items.push({
      ...base,
      key: `${window.kind}:${acte.id}`,
      due: window.until,
      label: `${window.label} : ${name}, jusqu'au ${formatDateFr(window.until)}${window.prolongation ? ` (${window.prolongation})` : ""}`,
      ref: window.ref,
      kind: "delai",
    });
  return items;
}
