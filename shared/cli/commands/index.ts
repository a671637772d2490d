import type { Command } from "../command";

// Lazy CommonJS require, not import(): bin/mairie.js compiles TypeScript through tsx's require hook, which a
// dynamic import() would bypass.
function load(module: { default: Command }): Command {
  return module.default;
}

/** Every `mairie` command, loaded on demand so that `check-act` does not pay for the budget readers. */
export const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  "check-act": async () => load(require("./check-act")),
  "check-budget": async () => load(require("./check-budget")),
  "check-plan": async () => load(require("./check-plan")),
  "check-seance": async () => load(require("./check-seance")),
};
