import { InputError } from "./command";
import type { Command } from "./command";
import { parseArgs } from "./args";
import { COMMANDS } from "./commands";
import { exitStatus, formatJson, formatText, sanitize } from "./format";

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly today: string;
}

type Registry = Readonly<Record<string, () => Promise<Command>>>;

async function usage(commands: Registry): Promise<string> {
  const lines = [
    "Usage : mairie <commande> [--json] [--date AAAA-MM-JJ] [--population N] [--departement NN] FICHIER...",
  ];
  for (const [name, load] of Object.entries(commands)) lines.push(`  ${name.padEnd(14)} ${(await load()).summary}`);
  lines.push(
    `  ${"provision".padEnd(14)} crée ou met à jour les listes SharePoint de la suite (--site URL [--dry-run])`,
  );
  return lines.join("\n");
}

/** Runs one invocation and returns its exit status (shared/spec/cli.md): 0 clean, 1 an error found, 2 unreadable input. */
export async function main(argv: readonly string[], io: Io, commands: Registry = COMMANDS): Promise<number> {
  try {
    if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h") {
      io.out(await usage(commands));
      return argv.length === 0 ? 2 : 0;
    }
    const name = argv[0] ?? "";
    // provision writes to a SharePoint site rather than checking files: it has its own arguments and output.
    if (name === "provision") return await (await import("./provision")).runProvision(argv.slice(1), io);
    const load = commands[name];
    if (!load) throw new InputError(`Commande inconnue : « ${name} ». Voir « mairie --help ».`);
    const command = await load();
    const args = parseArgs(argv, () => Object.keys(command.flags ?? {}), command.companions);
    const flag = args.flags[0];
    if (flag !== undefined) {
      const print = command.flags?.[flag];
      if (!print) throw new InputError(`Option inconnue : ${flag}.`);
      io.out(print());
      return 0;
    }
    if (args.files.length === 0) throw new InputError(`Aucun fichier à vérifier : mairie ${command.name} FICHIER.`);
    if (!command.multipleFiles && args.files.length > 1)
      throw new InputError(`mairie ${command.name} vérifie un seul fichier à la fois.`);
    const reports = await command.run(args.files, {
      json: args.json,
      today: io.today,
      ...(args.date ? { date: args.date } : {}),
      ...(args.population !== undefined ? { population: args.population } : {}),
      ...(args.departement ? { departement: args.departement } : {}),
      companions: args.companions,
    });
    io.out(args.json ? formatJson(reports) : formatText(reports));
    return exitStatus(reports);
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`mairie : ${sanitize(error.message)}`);
      return 2;
    }
    // An unexpected failure is still reported in one French line, never as a stack trace.
    io.err(`mairie : erreur interne (${sanitize(error instanceof Error ? error.message : String(error))}).`);
    return 2;
  }
}
