import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { actSubject, checkAct } from "@shared/domain/acts";
import type { Finding } from "@shared/domain/rules";
import type { Command, FileReport } from "../command";
import { InputError } from "../command";
import { CLASSIFICATION_OPTION, loadRecordCheck, RECORD_OPTION, withRecordFindings } from "./act-record";

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
  // The .docx reader (jszip) is loaded for a .docx only: a .txt act starts without parsing it.
  const { DocxReadError, readDocxText } = await import("@shared/io/docx");
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
    "Vérifie des délibérations et arrêtés (.docx ou .txt UTF-8) : règles DEL-*, PUB-*, ARR-* et CM-* prouvées par l'acte ; avec --record fiche.json (et --classification), l'enveloppe @CTES de l'acte : règles TDT-*.",
  multipleFiles: true,
  companions: [RECORD_OPTION, CLASSIFICATION_OPTION],
  async run(files, options): Promise<FileReport[]> {
    const recordCheck = await loadRecordCheck(options.companions);
    if (recordCheck && files.length !== 1)
      throw new InputError(`L'option ${RECORD_OPTION} décrit un seul acte : donnez un seul fichier avec elle.`);
    const reports: FileReport[] = [];
    for (const file of files) {
      const { text, docx } = await load(file);
      const facts = {
        ...(options.population !== undefined ? { population: options.population } : {}),
        ...(options.departement ? { departement: options.departement } : {}),
      };
      const { kind, findings, act } = checkAct(text, {
        today: options.today,
        ...(options.date ? { date: options.date } : {}),
        ...facts,
      });
      const all = recordCheck
        ? withRecordFindings(findings, recordCheck.run(actSubject(act, facts), options.population, options.today))
        : findings;
      reports.push({ file, kind, findings: docx ? all.map(withParagraph) : all });
    }
    return reports;
  },
};

export default command;
