import { countOf } from "@shared/ui/i18n/typography";
import type { MembreRecord } from "../../app/data/ports";
import type { PointRoom } from "./council-seance";

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
