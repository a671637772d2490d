import { main } from "./main";

/** What one run of `mairie` printed, as a test reads it. */
export interface CliRun {
  readonly status: number;
  readonly out: string;
  readonly lines: string[];
  /** Each message written to standard error, as written. */
  readonly err: string[];
  readonly errText: string;
}

/** Runs `mairie` in-process with the arguments given, on a fixed « today » so that deadlines do not move. */
export async function runCli(argv: readonly string[], today = "2025-06-15"): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), today });
  const text = out.join("\n");
  return { status, out: text, lines: text.split("\n"), err, errText: err.join("\n") };
}
