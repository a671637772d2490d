import type { Command } from "../command";

/** Every `mairie` command, loaded on demand so that `check-act` does not pay for the budget readers. */
export const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  "check-act": async () => (await import("./check-act")).default,
  "check-budget": async () => (await import("./check-budget")).default,
  "check-plan": async () => (await import("./check-plan")).default,
  "check-seance": async () => (await import("./check-seance")).default,
};
