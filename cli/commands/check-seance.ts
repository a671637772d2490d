import { readFile } from "node:fs/promises";
import { checkSeance, parseSeance, seanceJsonSchema } from "@shared/domain/council";
import type { Seance } from "@shared/domain/council";
import type { Command, FileReport } from "../command";
import { InputError } from "../command";

async function load(file: string): Promise<Seance> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new InputError(`Fichier introuvable ou illisible : ${file}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new InputError(
      `${file} n'est pas un JSON valide (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  const parsed = parseSeance(json);
  if (!parsed.ok) {
    throw new InputError(
      `${file} ne décrit pas une séance valide : ${parsed.errors.join(" ; ")}. Voir « mairie check-seance --schema ».`,
    );
  }
  return parsed.seance;
}

const command: Command = {
  name: "check-seance",
  summary: "Vérifie une séance du conseil municipal décrite en JSON : règles CM-* (--schema affiche le schéma).",
  multipleFiles: false,
  flags: { "--schema": () => JSON.stringify(seanceJsonSchema(), null, 2) },
  async run(files, options): Promise<FileReport[]> {
    const reports: FileReport[] = [];
    for (const file of files) {
      const seance = await load(file);
      const findings = checkSeance(seance, {
        today: options.today,
        ...(options.date ? { date: options.date } : {}),
        ...(options.population !== undefined ? { population: options.population } : {}),
        ...(options.departement ? { departement: options.departement } : {}),
      });
      reports.push({ file, kind: "seance", findings });
    }
    return reports;
  },
};

export default command;
