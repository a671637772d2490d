import type { Finding } from "../rules";
import { runRules } from "../rules";
import type { ActKind, ParsedAct } from "./model";
import { parseAct } from "./parse";
import { ACT_RULES } from "./rules";
import { actSubject } from "./subject";

export interface CheckActOptions {
  /** ISO date whose law applies; defaults to the act's own date, else today. */
  readonly date?: string;
  readonly today: string;
  readonly population?: number;
  readonly departement?: string;
}

export interface ActReport {
  readonly kind: ActKind;
  readonly findings: Finding[];
  readonly act: ParsedAct;
}

/** Parses a délibération or an arrêté and runs every act rule on it. */
export function checkAct(text: string, options: CheckActOptions): ActReport {
  const act = parseAct(text);
  const date = options.date ?? act.date?.iso ?? options.today;
  const facts = {
    ...(options.population !== undefined ? { population: options.population } : {}),
    ...(options.departement !== undefined ? { departement: options.departement } : {}),
  };
  return { kind: act.kind, findings: runRules(ACT_RULES, actSubject(act, facts), { date }), act };
}
