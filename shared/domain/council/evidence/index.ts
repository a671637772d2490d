export type { CouncilEvidence, ConvocationEvidence, Fact, PointEvidence } from "./model";
export { defineCouncilRule, projected } from "./model";
export { convocationDelay } from "./delay";
export type { DelayFacts } from "./delay";
export { seanceEvidence } from "./from-seance";
