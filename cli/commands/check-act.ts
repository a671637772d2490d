import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { checkAct } from "@shared/domain/acts";
import type { Finding } from "@shared/domain/rules";
import { DocxReadError, readDocxText } from "@shared/io/docx";
import type { Command, FileReport } from "../command";
import { InputError } from "../command";

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new InputError(
      `${file} : le fichier texte n'est pas encodé en UTF-8 (l'enregistrer en UTF-8, ou fournir le .docx).`,
    );
  }
}

async function load(file: string): Promise<{ text: string; docx: boolean }> {
  const extension = extname(file).toLowerCase();
  if (extension !== ".txt" && extension !== ".docx") {
    throw new InputError(
      `${file} : format non pris en charge (${extension || "sans extension"}) ; fournir un .docx ou un .txt en UTF-8.`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new InputError(`Fichier introuvable ou illisible : ${file}.`);
  }
  if (extension === ".txt") return { text: decodeUtf8(bytes, file), docx: false };
  try {
    return { text: await readDocxText(bytes, file), docx: true };
  } catch (error) {
    if (error instanceof DocxReadError) throw new InputError(error.message);
    throw error;
  }
}

/** In a .docx a line of the extracted text is a paragraph: say so, for hosts that locate by paragraph. */
function withParagraph(finding: Finding): Finding {
  const line = finding.at?.line;
  return line === undefined ? finding : { ...finding, at: { ...finding.at, paragraph: line } };
}

const command: Command = {
  name: "check-act",
  summary:
    "Vérifie des délibérations et arrêtés (.docx ou .txt UTF-8) : règles DEL-*, PUB-*, ARR-* et CM-* prouvées par l'acte.",
  multipleFiles: true,
  async run(files, options): Promise<FileReport[]> {
    const reports: FileReport[] = [];
    for (const file of files) {
      const { text, docx } = await load(file);
      const { kind, findings } = checkAct(text, {
        today: options.today,
        ...(options.date ? { date: options.date } : {}),
        ...(options.population !== undefined ? { population: options.population } : {}),
        ...(options.departement ? { departement: options.departement } : {}),
      });
      reports.push({ file, kind, findings: docx ? findings.map(withParagraph) : findings });
    }
    return reports;
  },
};

export default command;
