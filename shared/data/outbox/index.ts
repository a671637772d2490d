export * from "./outbox";
export * from "./storage";
export * from "./retry-loop";
