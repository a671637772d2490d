/** Vote arithmetic of L2121-20, L2121-21 and L1612-12 (reference §2.3). */

export type Scrutin = "ordinaire" | "public" | "secret";
export type PresidentVote = "pour" | "contre" | "abstention";
export type VoteOutcome = "adopte" | "rejete" | "indetermine";

export interface VoteCount {
  readonly pour: number;
  readonly contre: number;
  readonly abstentions?: number;
  /** Blank and spoilt ballots of a secret ballot. */
  readonly blancsNuls?: number;
}

export interface VoteInput extends VoteCount {
  readonly scrutin?: Scrutin;
  /** How the président de séance voted: decides a tie except in a secret ballot. */
  readonly voixPresident?: PresidentVote;
  /** Compte administratif / CFU: "arrêté si une majorité des voix ne s'est pas dégagée contre" (tie ⇒ adopted). */
  readonly compteAdministratif?: boolean;
  /** Members entitled to vote on the item (presents + valid proxies − non-participants), when known. */
  readonly votants?: number;
}

export interface VoteResult {
  /** Suffrages exprimés = pour + contre; abstentions, blancs and nuls are not. */
  readonly exprimes: number;
  /** floor(exprimes / 2) + 1. */
  readonly majoriteAbsolue: number;
  readonly outcome: VoteOutcome;
  /** True when a tie was settled by the président's casting vote. */
  readonly casting: boolean;
  /** pour + contre + abstentions + blancs/nuls. */
  readonly recorded: number;
  /** recorded − votants when votants is known: > 0 is impossible, < 0 means unrecorded voters. */
  readonly surplus?: number;
}

/** Absolute majority of the suffrages exprimés. */
export function majoriteAbsolue(exprimes: number): number {
  return Math.floor(exprimes / 2) + 1;
}

/** Outcome and consistency of a recorded vote. */
export function checkVoteArithmetic(input: VoteInput): VoteResult {
  const exprimes = input.pour + input.contre;
  const recorded = exprimes + (input.abstentions ?? 0) + (input.blancsNuls ?? 0);
  const { outcome, casting } = decide(input);
  return {
    exprimes,
    majoriteAbsolue: majoriteAbsolue(exprimes),
    outcome,
    casting,
    recorded,
    ...(input.votants !== undefined ? { surplus: recorded - input.votants } : {}),
  };
}

function decide(input: VoteInput): { outcome: VoteOutcome; casting: boolean } {
  if (input.pour > input.contre) return { outcome: "adopte", casting: false };
  if (input.pour < input.contre) return { outcome: "rejete", casting: false };
  if (input.compteAdministratif) return { outcome: "adopte", casting: false };
  // A tie with no vote cast at all is no majority; a secret ballot has no casting vote.
  if (input.pour === 0 || input.scrutin === "secret") return { outcome: "rejete", casting: false };
  if (input.voixPresident === undefined) return { outcome: "indetermine", casting: false };
  if (input.voixPresident === "pour") return { outcome: "adopte", casting: true };
  return { outcome: "rejete", casting: input.voixPresident === "contre" };
}

/** Members entitled to vote on an item; a proxy held for or by a non-participant is void too. */
export function expectedVotants(input: { presents: number; validProxies: number; nonParticipants: number }): number {
  return input.presents + input.validProxies - input.nonParticipants;
}

/**
 * "unanimité": no vote against and no abstention; "unanimite-exprimes": no vote against but abstentions.
 * Null when someone voted against.
 */
export function unanimity(count: VoteCount): "unanimite" | "unanimite-exprimes" | null {
  if (count.contre > 0 || count.pour === 0) return null;
  return (count.abstentions ?? 0) + (count.blancsNuls ?? 0) === 0 ? "unanimite" : "unanimite-exprimes";
}
