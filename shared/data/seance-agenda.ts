import type { Repositories } from "./graph/repositories";
import type { Avis, DataProblem, Point } from "./schema";
import { sortBy } from "./sort";

export interface SeanceAgenda {
  /** In agenda order. */
  readonly points: Point[];
  /** The avis of each point, by point id, oldest first. */
  readonly avisByPoint: ReadonlyMap<string, Avis[]>;
  readonly problems: DataProblem[];
}

/** A séance's agenda and every avis on it: two requests in parallel, whatever the number of points. */
export async function loadSeanceAgenda(
  repos: Pick<Repositories, "points" | "avis">,
  seanceId: string,
): Promise<SeanceAgenda> {
  const [points, avis] = await Promise.all([
    repos.points.items({ seance: seanceId }),
    repos.avis.items({ seance: seanceId }),
  ]);
  const avisByPoint = new Map<string, Avis[]>();
  for (const one of sortBy(avis.records, "id"))
    avisByPoint.set(one.point, [...(avisByPoint.get(one.point) ?? []), one]);
  return { points: sortBy(points.records, "numero"), avisByPoint, problems: [...points.problems, ...avis.problems] };
}
