import type { CommuneRecord, MembreRecord, PointRecord, PresenceRecord, SeanceRecord } from "../../app/data/ports";
import type { SeanceBundle } from "./council-seance";
import { seanceDetails } from "./seance-details";

/** Everything the séance's panels and checker read, from its items and its commune's. */
export function seanceBundle(args: {
  readonly seance: SeanceRecord;
  readonly communes: readonly CommuneRecord[];
  /** Members of the séance's commune. */
  readonly membres: readonly MembreRecord[];
  readonly points: readonly PointRecord[];
  readonly presences: readonly PresenceRecord[];
}): SeanceBundle {
  const { seance, communes, membres, points, presences } = args;
  return {
    seance,
    commune: communes.find((c) => c.id === seance.commune),
    points,
    membres,
    presences,
    details: seanceDetails(seance, points, presences, membres),
  };
}
