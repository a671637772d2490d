import { attendanceAtPoint, movedBefore } from "@shared/domain/council/point-attendance";
import type { MemberMovements, PointAttendance } from "@shared/domain/council/point-attendance";
import type { Point as CouncilPoint, PointKind, Seance as CouncilSeance } from "@shared/domain/council/schema";
import type { CommuneRecord, MembreRecord, PointRecord, PresenceRecord, SeanceRecord } from "../../app/data/ports";
import { pointsSansPart } from "./attendance";
import { movesOf } from "./movements";
import { parisWallClock } from "../../common/paris-time";
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

function toPoint(point: PointRecord, details: SeanceDetails, room: PointRoom | undefined): CouncilPoint {
  const vote = details.votes[point.id];
  return {
    number: point.numero,
    subject: point.titre,
    kind: KIND[point.nature],
    onAgenda: true,
    // Only a point someone came or left before has its own count: the opening's stands for the others (CM-012).
    ...(room?.moved ? { presentCount: room.presents.length, proxies: room.proxies.map((p) => ({ ...p })) } : {}),
    ...(room && room.nonParticipants.length > 0 ? { nonParticipants: [...room.nonParticipants] } : {}),
    ...(vote ? { vote, result: vote.pour > vote.contre ? "adopte" : "rejete" } : {}),
  };
}

/** The séance as the CM-* rules read it, from the list records and the recorded details. */
export function toCouncilSeance(bundle: SeanceBundle): CouncilSeance {
  const { seance, commune, points, membres, details } = bundle;
  const { date, time } = parisWallClock(seance.date);
  const elus = elusOf(membres).map((m) => m.nom);
  const agenda = agendaOf(points);
  const rooms = attendanceByPoint(bundle);
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
    points: agenda.map((p) => toPoint(p, details, rooms.get(p.id))),
    ...(details.listePublieeLe ? { deliberationsList: { postedOn: details.listePublieeLe } } : {}),
  };
}

/** The agenda in the order of its numbers: the index of a point there is the one arrivals and departures refer to. */
export const agendaOf = (points: readonly PointRecord[]): PointRecord[] => [...points].sort(byNumero);

/** Each élu of the séance's commune, with what the attendance items say of their presence, point by point. */
export function movementsOf(bundle: SeanceBundle): MemberMovements[] {
  const agenda = agendaOf(bundle.points);
  const indexOf = (pointId: string | undefined): number | undefined => {
    const i = agenda.findIndex((p) => p.id === pointId);
    return i < 0 ? undefined : i;
  };
  const elus = elusOf(bundle.membres);
  const nameOf = (id: string | undefined) => elus.find((m) => m.id === id)?.nom;
  return elus.map((m) => {
    const own = bundle.presences.find((p) => p.seance === bundle.seance.id && p.membre === m.id);
    const movements = movesOf(own).flatMap((move) => {
      const before = indexOf(move.pointId);
      const holder = nameOf(move.mandataireId);
      return before === undefined
        ? []
        : [{ kind: move.kind, before, ...(move.kind === "leave" && holder ? { mandataire: holder } : {}) }];
    });
    const mandataire = own?.presence === "absent" ? nameOf(own.mandataire) : undefined;
    const nonParticipating = pointsSansPart(own).flatMap((id) => indexOf(id) ?? []);
    return {
      member: m.nom,
      presentAtOpening: own?.presence === "present",
      ...(movements.length > 0 ? { movements } : {}),
      ...(mandataire ? { mandataire } : {}),
      ...(nonParticipating.length > 0 ? { nonParticipating } : {}),
    };
  });
}

export interface PointRoom extends PointAttendance {
  /** Someone came or left before this point: its attendance is not the opening's. */
  readonly moved: boolean;
}

/** The room at each point of the agenda, by point id. */
export function attendanceByPoint(bundle: SeanceBundle): ReadonlyMap<string, PointRoom> {
  const movements = movementsOf(bundle);
  const options = {
    enExercice: Math.max(1, elusOf(bundle.membres).length),
    date: parisWallClock(bundle.seance.date).date,
  };
  return new Map(
    agendaOf(bundle.points).map((p, i) => [
      p.id,
      { ...attendanceAtPoint(movements, i, options), moved: movedBefore(movements, i) },
    ]),
  );
}
