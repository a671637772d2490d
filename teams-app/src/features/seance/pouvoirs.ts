import { pouvoirMessage, pouvoirOnDepartureProblems, pouvoirProblemsAt } from "@shared/domain/council/point-attendance";
import type { MembreRecord } from "../../app/data/ports";
import { parisWallClock } from "../../common/paris-time";
import { agendaOf, elusOf, movementsOf } from "./council-seance";
import type { SeanceBundle } from "./council-seance";

/** What the live séance shows of the pouvoirs at one point. */
export interface PointPouvoirs {
  /** For each élu leaving before the point, by id: the colleagues who may receive the pouvoir (L2121-20). */
  readonly choices: ReadonlyMap<string, readonly MembreRecord[]>;
  /** Why a pouvoir noted earlier does not count at this point, in French with the article. */
  readonly problems: readonly string[];
}

/** The pouvoirs of each point of the agenda, by point id. */
export function pouvoirsByPoint(bundle: SeanceBundle): ReadonlyMap<string, PointPouvoirs> {
  const movements = movementsOf(bundle);
  const elus = elusOf(bundle.membres);
  const options = { enExercice: Math.max(1, elus.length), date: parisWallClock(bundle.seance.date).date };
  return new Map(
    agendaOf(bundle.points).map((point, index) => {
      const leaving = movements.filter((m) => m.movements?.some((mv) => mv.kind === "leave" && mv.before === index));
      const choices = new Map(
        leaving.flatMap((mandant) => {
          const own = elus.find((e) => e.nom === mandant.member);
          if (!own) return [];
          const valid = elus.filter(
            (e) =>
              e.id !== own.id &&
              pouvoirOnDepartureProblems(movements, { mandant: own.nom, mandataire: e.nom, index }, options).length ===
                0,
          );
          return [[own.id, valid] as const];
        }),
      );
      const problems = pouvoirProblemsAt(movements, index, options).map((p) =>
        pouvoirMessage(p, String(point.numero), options.date),
      );
      return [point.id, { choices, problems }] as const;
    }),
  );
}
