/**
 * Computations shared by the séance and act checkers: civil dates, jours francs and convocation delays, quorum,
 * vote arithmetic, effectif légal and exécutoire status. Pure functions; "today" always comes from the caller.
 * Reference: shared/spec/seance-actes-reference.md §2.
 */
export { agreed, joursFrancs } from "./agreement";
export {
  addDays,
  addMonths,
  daysBetween,
  formatDateFr,
  isIsoDate,
  quarterIndex,
  quarterLabel,
  weekday,
} from "./iso-date";
export {
  ALSACE_MOSELLE,
  COVID_DEROGATIONS,
  DEMATERIALISED_CONVOCATION_FROM,
  PUBLICITY_REFORM_FROM,
  SEUIL_1000,
  SEUIL_1000_FROM,
  SEUIL_3500,
  inCovidWindow,
  isAlsaceMoselle,
  reglementInterieurThreshold,
} from "./thresholds";
export { clearDaysBetween, convocationRequirement, latestSendingDate, requiredConvocationDays } from "./convocation";
export type { ConvocationParams, ConvocationRequirement } from "./convocation";
export { checkQuorum, covidQuorumRequired, quorumRequired } from "./quorum";
export type { QuorumInput, QuorumResult } from "./quorum";
export { checkVoteArithmetic, expectedVotants, majoriteAbsolue, unanimity } from "./vote";
export type { PresidentVote, Scrutin, VoteCount, VoteInput, VoteOutcome, VoteResult } from "./vote";
export { REPUTE_COMPLET_FROM, conseilReputeComplet, effectifLegal, maxAdjoints } from "./effectif";
export { executoireStatus, publicityMode } from "./executoire";
export type { ActNature, ExecutoireInput, ExecutoireResult, PublicityMode } from "./executoire";
