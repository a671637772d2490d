export type {
  AttendanceEvidence,
  CompteAdministratifEvidence,
  CouncilEvidence,
  ConvocationEvidence,
  Fact,
  PointAttendance,
  PointEvidence,
  VoteEvidence,
} from "./model";
export { defineCouncilRule, located, projected } from "./model";
export { convocationDelay } from "./delay";
export type { DelayFacts } from "./delay";
export { seanceEvidence } from "./from-seance";
