import type { CommuneRecord, MembreRecord, PointRecord, PresenceRecord, SeanceRecord } from "../app/data/ports";
import type { SeanceBundle } from "../features/seance/council-seance";
import { EMPTY_DETAILS } from "../features/seance/seance-details";
import type { SeanceDetails } from "../features/seance/seance-details";

/** Small builders of list records for the model tests: a commune of 842 inhabitants in Maine-et-Loire. */
export const commune: CommuneRecord = {
  id: "1",
  eTag: "e",
  nom: "Saint-Aubin-sur-Loire",
  population: 842,
  departement: "49",
};

export const elus: MembreRecord[] = ["Jean-Pierre Lemaire", "Sophie Garnier", "Michel Rousseau"].map((nom, i) => ({
  id: String(10 + i),
  eTag: "e",
  nom,
  role: "elu",
  commune: "1",
  ...(i === 0 ? { fonction: "Maire" } : {}),
}));

export const seance = (date = "2026-12-05T18:00:00Z", extra: Partial<SeanceRecord> = {}): SeanceRecord => ({
  id: "5",
  eTag: "e",
  titre: "Conseil municipal",
  commune: "1",
  date,
  lieu: "Salle du conseil",
  statut: "preparation",
  ...extra,
});

export const point = (
  id: string,
  numero: number,
  titre: string,
  nature: PointRecord["nature"] = "deliberation",
): PointRecord => ({
  id,
  eTag: "e",
  titre,
  seance: "5",
  numero,
  nature,
});

export const presence = (id: string, membreId: string, extra: Partial<PresenceRecord> = {}): PresenceRecord => ({
  id,
  eTag: `"v1"`,
  titre: elus.find((m) => m.id === membreId)?.nom ?? "",
  seance: "5",
  membre: membreId,
  presence: "present",
  ...extra,
});

export function bundle(
  details: Partial<SeanceDetails> = {},
  points = [point("p2", 2, "Tarifs de la cantine"), point("p1", 1, "Budget primitif")],
): SeanceBundle {
  return { seance: seance(), commune, points, membres: elus, presences: [], details: { ...EMPTY_DETAILS, ...details } };
}
