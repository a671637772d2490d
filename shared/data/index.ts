/** The data layer's public surface: pages and the composition root import from here. */
export * from "./schema";
export * from "./graph";
export * from "./outbox";
export * from "./auth/config";
export * from "./auth/token-provider";
export * from "./auth/local-token-provider";
export { loadSeanceAgenda } from "./seance-agenda";
export type { SeanceAgenda } from "./seance-agenda";
export { sortBy } from "./sort";
