import type { Point as CouncilPoint, PointKind, Seance as CouncilSeance } from "@shared/domain/council/schema";
import type { CommuneRecord, MembreRecord, PointRecord, PresenceRecord, SeanceRecord } from "../data/ports";
import { parisWallClock } from "./paris-time";
import type { SeanceDetails } from "./seance-details";

export interface SeanceBundle {
  readonly seance: SeanceRecord;
  readonly commune?: CommuneRecord;
  /** Points of this séance, any order. */
  readonly points: readonly PointRecord[];
  /** Members of the séance's commune. */
  readonly membres: readonly MembreRecord[];
  /** Attendance items of this séance, which the attendance panel updates. */
  readonly presences: readonly PresenceRecord[];
  /** Derived from the records above (seanceDetails). */
  readonly details: SeanceDetails;
}

const KIND: Readonly<Record<PointRecord["nature"], PointKind>> = {
  deliberation: "deliberation",
  information: "information",
  question: "questions-diverses",
};

const DEPARTEMENT = /^(\d{2,3}|2A|2B)$/;

export const byNumero = (a: PointRecord, b: PointRecord): number => a.numero - b.numero;

/** The élus of the commune: the council members the checker counts. */
export const elusOf = (membres: readonly MembreRecord[]): MembreRecord[] => membres.filter((m) => m.role === "elu");

function toPoint(point: PointRecord, details: SeanceDetails): CouncilPoint {
  const vote = details.votes[point.id];
  return {
    number: point.numero,
    subject: point.titre,
    kind: KIND[point.nature],
    onAgenda: true,
    ...(vote ? { vote, result: vote.pour > vote.contre ? "adopte" : "rejete" } : {}),
  };
}

/** The séance as the CM-* rules read it, from the list records and the recorded details. */
export function toCouncilSeance({ seance, commune, points, membres, details }: SeanceBundle): CouncilSeance {
  const { date, time } = parisWallClock(seance.date);
  const elus = elusOf(membres).map((m) => m.nom);
  const agenda = [...points].sort(byNumero);
  const sent = details.convocation;
  const mode = sent?.mode;
  const held = details.presents.length > 0;
  return {
    commune: {
      ...(commune?.nom ? { name: commune.nom } : {}),
      ...(commune?.population !== undefined ? { population: commune.population } : {}),
      ...(commune?.departement && DEPARTEMENT.test(commune.departement) ? { departement: commune.departement } : {}),
    },
    date,
    time,
    ...(seance.lieu?.trim() ? { place: seance.lieu.trim() } : {}),
    ...(sent
      ? {
          convocation: {
            sentOn: sent.sentOn,
            issuedBy: "maire" as const,
            agenda: agenda.map((p) => p.titre),
            ...(details.urgence ? { urgence: true } : {}),
            ...(mode ? { recipients: elus.map((member) => ({ member, mode, sentOn: sent.sentOn })) } : {}),
          },
        }
      : {}),
    enExercice: Math.max(1, elus.length),
    ...(elus.length > 0 ? { members: elus } : {}),
    presents: [...details.presents],
    ...(held && details.procurations.length > 0
      ? { procurations: details.procurations.map((p) => ({ ...p, written: true })) }
      : {}),
    ...(details.secretaire ? { secretaries: [details.secretaire] } : {}),
    points: agenda.map((p) => toPoint(p, details)),
    ...(details.listePublieeLe ? { deliberationsList: { postedOn: details.listePublieeLe } } : {}),
  };
}
