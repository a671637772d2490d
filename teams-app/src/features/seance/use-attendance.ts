import { allPresentOps, attendanceOps, movedAt, rollCall } from "./attendance";
import type { AttendanceChange } from "./attendance";
import { agendaOf, attendanceByPoint, elusOf } from "./council-seance";
import type { SeanceBundle } from "./council-seance";
import { pouvoirsByPoint } from "./pouvoirs";
import { pointAnchor } from "./seance-check";
import { useWrite } from "./use-write";

/** The attendance of a séance as the secretary notes it; each change is one batched write of the items it touches. */
export function useAttendance(bundle: SeanceBundle) {
  const { busy, write, writeAll } = useWrite();
  const { seance, presences, details } = bundle;
  const elus = elusOf(bundle.membres);
  const { present, absents, stateOf } = rollCall(elus, presences);
  const rooms = attendanceByPoint(bundle);
  const pouvoirs = pouvoirsByPoint(bundle);
  const allPresent = () => writeAll("presences", allPresentOps(seance.id, presences, absents));
  const record = (change: AttendanceChange) => void writeAll("presences", attendanceOps(seance.id, presences, change));
  const setSecretary = (id: string) =>
    write("seances", {
      kind: "update",
      id: seance.id,
      eTag: seance.eTag,
      patch: { secretaireSeance: id || undefined },
    });
  const points = agendaOf(bundle.points).flatMap((point, i) => {
    const room = rooms.get(point.id);
    const ofPoint = pouvoirs.get(point.id);
    if (!room || !ofPoint) return [];
    return [
      {
        anchor: pointAnchor(i),
        point,
        room,
        recorded: details.votes[point.id] ?? { pour: 0, contre: 0, abstentions: 0 },
        arrived: movedAt(elus, presences, point.id, "arrive"),
        left: movedAt(elus, presences, point.id, "leave"),
        pouvoirs: ofPoint,
      },
    ];
  });
  return { busy, seance, elus, present, absents, stateOf, points, allPresent, record, setSecretary };
}
