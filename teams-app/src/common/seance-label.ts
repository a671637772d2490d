import { formatDateFr } from "@shared/domain/common";
import type { CommuneRecord, SeanceRecord } from "../app/data/ports";
import { parisWallClock } from "./paris-time";

/** "Saint-Aubin-sur-Loire — 05/12/2026 à 19:00 — Conseil municipal" */
export function seanceLabel(seance: SeanceRecord, communes: readonly CommuneRecord[]): string {
  const { date, time } = parisWallClock(seance.date);
  const commune = communes.find((c) => c.id === seance.commune)?.nom ?? "Commune inconnue";
  return `${commune} — ${formatDateFr(date)} à ${time} — ${seance.titre}`;
}

export const STATUT_LABELS: Readonly<Record<SeanceRecord["statut"], string>> = {
  preparation: "En préparation",
  convoquee: "Convoquée",
  tenue: "Tenue",
  close: "Close",
};
