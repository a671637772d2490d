import { InputError } from "./command";

export interface ParsedArgs {
  readonly command: string | undefined;
  readonly files: string[];
  readonly json: boolean;
  readonly date?: string;
  readonly population?: number;
  readonly departement?: string;
  readonly flags: string[];
  /** Companion documents named by a valued option of the command (`--precedent CA.xml`), by option. */
  readonly companions: Readonly<Record<string, string>>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(iso: string): boolean {
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso);
}

/** Parses `mairie <command> [options] FILE...`; any malformed option is an InputError (exit 2). */
export function parseArgs(
  argv: readonly string[],
  commandFlags: (command: string) => readonly string[],
  commandCompanions: readonly string[] = [],
): ParsedArgs {
  const [command, ...rest] = argv;
  const files: string[] = [];
  const flags: string[] = [];
  const companions: Record<string, string> = {};
  let json = false;
  let date: string | undefined;
  let population: number | undefined;
  let departement: string | undefined;
  const valueOf = (option: string, index: number): string => {
    const value = rest[index + 1];
    if (value === undefined || value.startsWith("--")) throw new InputError(`L'option ${option} attend une valeur.`);
    return value;
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === "--json") json = true;
    else if (arg === "--date") {
      date = valueOf(arg, i++);
      if (!ISO_DATE.test(date) || !isRealDate(date))
        throw new InputError(`Date invalide pour --date : « ${date} » (format attendu AAAA-MM-JJ).`);
    } else if (arg === "--population") {
      const raw = valueOf(arg, i++);
      if (!/^\d+$/.test(raw))
        throw new InputError(`Population invalide pour --population : « ${raw} » (nombre entier attendu).`);
      population = Number(raw);
    } else if (arg === "--departement") {
      departement = valueOf(arg, i++).toUpperCase();
      if (!/^(\d{2,3}|2A|2B)$/.test(departement))
        throw new InputError(`Département invalide pour --departement : « ${departement} ».`);
    } else if (commandCompanions.includes(arg)) {
      if (companions[arg] !== undefined) throw new InputError(`L'option ${arg} est donnée deux fois.`);
      companions[arg] = valueOf(arg, i++);
    } else if (arg.startsWith("--")) {
      if (command !== undefined && commandFlags(command).includes(arg)) flags.push(arg);
      else throw new InputError(`Option inconnue : ${arg}. Voir « mairie --help ».`);
    } else files.push(arg);
  }
  return {
    command,
    files,
    json,
    flags,
    companions,
    ...(date ? { date } : {}),
    ...(population !== undefined ? { population } : {}),
    ...(departement ? { departement } : {}),
  };
}
