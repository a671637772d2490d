import { readFile } from "node:fs/promises";
import { checkBudget } from "../../domain/budget";
import { BudgetReadError, readBudgetFile } from "../../io/budget";
import type { Command, FileReport } from "../command";
import { InputError } from "../command";

async function load(file: string) {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new InputError(`Fichier introuvable ou illisible : ${file}.`);
  }
  try {
    return await readBudgetFile(bytes, file);
  } catch (error) {
    if (error instanceof BudgetReadError) throw new InputError(error.message);
    throw error;
  }
}

const command: Command = {
  name: "check-budget",
  summary: "Vérifie un budget (DocumentBudgetaire XML, classeur .xlsx ou son export CSV) : règles BUD-*.",
  multipleFiles: false,
  async run(files, options): Promise<FileReport[]> {
    const reports: FileReport[] = [];
    for (const file of files) {
      const document = await load(file);
      const findings = checkBudget(document, {
        today: options.today,
        ...(options.date ? { date: options.date } : {}),
        ...(options.population !== undefined ? { population: options.population } : {}),
      });
      reports.push({ file, kind: "budget", findings });
    }
    return reports;
  },
};

export default command;
