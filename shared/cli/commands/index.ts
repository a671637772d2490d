import type { Command } from "../command";

/** Every `mairie` command, loaded on demand so that `check-act` does not pay for the budget readers. */
export const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
};
