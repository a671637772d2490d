/**
 * Quorum of L2121-17 al. 1: "la majorité de ses membres en exercice", i.e. strictly more than half
 * (11 members → 6). En exercice = seats actually filled, not the legal effectif (reference §2.2).
 */
export function quorumRequired(enExercice: number): number {
  return Math.floor(enExercice / 2) + 1;
}

export interface QuorumInput {
  /** Seats actually filled. */
  readonly enExercice: number;
  /** Members physically present when the item is put to discussion; procurations never count. */
  readonly presents: number;
  /** Present members who must not take part (conseillers intéressés, the maire for the compte administratif). */
  readonly nonParticipants?: number;
  /** Representatives in an L1111-6 body whose affair is discussed, removed from en exercice (L2131-11 al. 2). */
  readonly excludedFromExercice?: number;
}

export interface QuorumResult {
  readonly required: number;
  readonly counted: number;
  readonly reached: boolean;
}

/** Whether a point could be validly deliberated: counts physical presence minus those who may not take part. */
export function checkQuorum(input: QuorumInput): QuorumResult {
  const required = quorumRequired(input.enExercice - (input.excludedFromExercice ?? 0));
  const counted = input.presents - (input.nonParticipants ?? 0);
  return { required, counted, reached: counted >= required };
}

/** COVID regime (indicative window, see COVID_DEROGATIONS): one third of en exercice, present or represented. */
export function covidQuorumRequired(enExercice: number): number {
  return Math.ceil(enExercice / 3);
}
