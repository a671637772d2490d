import type { Finding } from "@shared/domain/rules";

/** The `kind` of a report, as the CLI contract names it. */
export type ReportKind = "deliberation" | "arrete" | "seance" | "budget" | "plan";

export interface FileReport {
  readonly file: string;
  readonly kind: ReportKind;
  readonly findings: readonly Finding[];
}

/** Options shared by every check command (shared/spec/cli.md). */
export interface CheckOptions {
  readonly json: boolean;
  /** ISO date whose law applies; when absent each command uses the input's own date, else today. */
  readonly date?: string;
  readonly population?: number;
  readonly departement?: string;
  /** Today's date (ISO), injected so that commands never read the clock themselves. */
  readonly today: string;
  /** Companion documents by option (`--precedent` → file), for the commands that declare them. */
  readonly companions?: Readonly<Record<string, string>>;
}

/** A failure to read the input: exit status 2 with this French message on stderr. */
export class InputError extends Error {
  override readonly name = "InputError";
}

export interface Command {
  readonly name: string;
  /** One French line for `mairie --help`. */
  readonly summary: string;
  /** Accepts one file (check-seance, check-budget, check-plan) or several (check-act). */
  readonly multipleFiles: boolean;
  run(files: readonly string[], options: CheckOptions): Promise<FileReport[]>;
  /** Options of this command that name a second document (`--precedent` for check-budget). */
  readonly companions?: readonly string[];
  /** Extra standalone flags of this command (`--schema` for check-seance); returns what to print. */
  readonly flags?: Readonly<Record<string, () => string>>;
}
