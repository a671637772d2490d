import type { PresenceRecord } from "../../app/data/ports";

/** An arrival or a departure as the attendance item keeps it: by point id, the pouvoir by the mandataire's id. */
export interface StoredMove {
  readonly kind: "arrive" | "leave";
  readonly pointId: string;
  readonly mandataireId?: string;
}

const WORD = { arrive: "arrivee", leave: "depart" } as const;
const ENTRY = /^(arrivee|depart)\s+(\S+)(?:\s+pouvoir\s+(\S+))?$/;

/**
 * The movements of one élu, in the order noted: from the Mouvements column, else from the one arrival and the one
 * departure of the items noted before it (the arrival first, so that both before one point read as a departure).
 * An entry a hand edit broke is dropped rather than misread.
 */
export function movesOf(p: PresenceRecord | undefined): StoredMove[] {
  if (!p) return [];
  if (p.mouvements?.trim())
    return p.mouvements.split(";").flatMap((entry) => {
      const match = ENTRY.exec(entry.trim());
      if (!match?.[2]) return [];
      const kind = match[1] === WORD.arrive ? ("arrive" as const) : ("leave" as const);
      return [{ kind, pointId: match[2], ...(match[3] ? { mandataireId: match[3] } : {}) }];
    });
  return [
    ...(p.arrivee ? [{ kind: "arrive" as const, pointId: p.arrivee }] : []),
    ...(p.depart ? [{ kind: "leave" as const, pointId: p.depart }] : []),
  ];
}

export const formatMoves = (moves: readonly StoredMove[]): string | undefined =>
  moves.length === 0
    ? undefined
    : moves.map((m) => `${WORD[m.kind]} ${m.pointId}${m.mandataireId ? ` pouvoir ${m.mandataireId}` : ""}`).join(" ; ");

const same = (a: StoredMove, b: Pick<StoredMove, "kind" | "pointId">) => a.kind === b.kind && a.pointId === b.pointId;

/**
 * The moves once this one is noted: a second note of the same move before the same point (its pouvoir changed)
 * replaces the first where it stands, since the order decides between an arrival and a departure before one point.
 */
export const withMove = (moves: readonly StoredMove[], move: StoredMove): StoredMove[] =>
  moves.some((m) => same(m, move)) ? moves.map((m) => (same(m, move) ? move : m)) : [...moves, move];

export const withoutMove = (moves: readonly StoredMove[], move: Pick<StoredMove, "kind" | "pointId">): StoredMove[] =>
  moves.filter((m) => !same(m, move));
