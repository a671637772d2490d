import type { CommuneRecord, MembreRecord } from "../app/data/ports";
import type { Identity } from "./identity";

/** What every view receives: the directory, who is looking, and today. */
export interface Workspace {
  readonly communes: readonly CommuneRecord[];
  readonly membres: readonly MembreRecord[];
  readonly identity: Identity;
  readonly today: string;
}

/** The communes the user serves or sits for, in name order. */
export const servedCommunes = (ws: Workspace): CommuneRecord[] =>
  ws.communes.filter((c) => ws.identity.communeIds.includes(c.id)).sort((a, b) => a.nom.localeCompare(b.nom, "fr"));

export const membresOf = (ws: Workspace, communeId: string): MembreRecord[] =>
  ws.membres.filter((m) => m.commune === communeId);
