import { countOf } from "@shared/ui/i18n/typography";
import type { MembreRecord, PointRecord } from "../../app/data/ports";
import type { AttendanceChange } from "./attendance";
import type { PointRoom } from "./council-seance";
import type { StoredMove } from "./movements";

/** The élus of a point: in the room, away, and in the room without taking part. */
export function roomMembers(elus: readonly MembreRecord[], room: PointRoom) {
  const here = elus.filter((m) => room.presents.includes(m.nom));
  const apart = here.filter((m) => room.nonParticipants.includes(m.nom));
  return {
    here,
    away: elus.filter((m) => !room.presents.includes(m.nom)),
    apart,
    takingPart: here.filter((m) => !apart.includes(m)),
  };
}

/** The counts of a point: présents, représentés, votants and the quorum (L2121-17, on the présents only). */
export function roomCaption(room: PointRoom): string {
  const apart = room.nonParticipants.length;
  const presents = `${countOf(room.presents.length, "présent")}${
    apart > 0 ? ` dont ${countOf(apart, "qui ne prend pas part", "qui ne prennent pas part")}` : ""
  }`;
  return [
    presents,
    countOf(room.proxies.length, "représenté"),
    countOf(room.votants, "votant"),
    `${countOf(room.quorum.required, "requis", "requis")} (L2121-17, pouvoirs non comptés)`,
  ].join(" ; ");
}

/** One note the room takes before a point: whom it may concern, and the change it records for the one picked. */
export interface PointChoice {
  readonly label: string;
  /** Accessible name: the label alone repeats on every point. */
  readonly name: string;
  readonly members: readonly MembreRecord[];
  readonly change: (membre: MembreRecord) => AttendanceChange;
}

/** Who arrives (from the away), who leaves (from the room), and, on a deliberation only, who does not take part. */
export function pointChoices(point: PointRecord, elus: readonly MembreRecord[], room: PointRoom): PointChoice[] {
  const { here, away, takingPart } = roomMembers(elus, room);
  const move =
    (kind: StoredMove["kind"]) =>
    (membre: MembreRecord): AttendanceChange => ({ kind: "move", membre, move: { kind, pointId: point.id }, on: true });
  const choices: PointChoice[] = [
    {
      label: "Arrivée avant ce point",
      name: `Arrivée avant le point ${point.numero}`,
      members: away,
      change: move("arrive"),
    },
    {
      label: "Départ avant ce point",
      name: `Départ avant le point ${point.numero}`,
      members: here,
      change: move("leave"),
    },
  ];
  if (point.nature !== "deliberation") return choices;
  return [
    ...choices,
    {
      label: "Ne prend pas part au vote",
      name: `Ne prend pas part au vote du point ${point.numero}`,
      members: takingPart,
      change: (membre) => ({ kind: "abstain", membre, pointId: point.id, on: true }),
    },
  ];
}
