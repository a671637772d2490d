import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import type { BudgetDocument } from "@shared/domain/budget/model";
import { checkBudget } from "@shared/domain/budget/check-budget";
import { loadPlan } from "@shared/domain/budget/nomenclature";
import { precedentMismatch, withCompteDeGestion, withPrecedent } from "@shared/domain/budget/year";
import { compteDeGestionOf } from "@shared/io/budget/balance-reader";
import { DocumentBudgetaireStream } from "@shared/io/budget/docbudg-reader";
import { BudgetReadError } from "@shared/io/budget/errors";
import {
  checkSize,
  readBalanceFile,
  readBudgetFile,
  refuseFormat,
  sniffFormat,
} from "@shared/io/budget/read-budget-file";
import type { Command, FileReport } from "../command";
import { InputError } from "../command";

/** The head that tells the format, and the size, read before anything else: a file past its bound is never read. */
async function probe(file: string): Promise<{ head: Uint8Array; size: number }> {
  try {
    const handle = await open(file, "r");
    try {
      const { size } = await handle.stat();
      const head = new Uint8Array(4096);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      return { head: head.subarray(0, bytesRead), size };
    } finally {
      await handle.close();
    }
  } catch {
    throw new InputError(`Fichier introuvable ou illisible : ${file}.`);
  }
}

async function readAll(file: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of createReadStream(file)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A DocumentBudgetaire goes through the streaming reader chunk by chunk: memory follows what is kept. */
async function streamXml(file: string): Promise<BudgetDocument> {
  const reader = new DocumentBudgetaireStream(file);
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 16 }))
    await reader.writeLoadingPlan(chunk as Buffer);
  return reader.endLoadingPlan();
}

async function guarded<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof BudgetReadError) throw new InputError(error.message);
    throw error;
  }
}

async function load(file: string): Promise<BudgetDocument> {
  return guarded(async () => {
    const { head, size } = await probe(file);
    const format = sniffFormat(head);
    if (format === undefined) throw refuseFormat(file);
    checkSize(file, format, size);
    const document = format === "xml" ? await streamXml(file) : await readBudgetFile(await readAll(file), file);
    await loadPlan(document.nomenclature, document.exercice);
    return document;
  });
}

async function loadBalance(file: string) {
  return guarded(async () => {
    const { head, size } = await probe(file);
    if (sniffFormat(head) === "balance") checkSize(file, "balance", size);
    return readBalanceFile(await readAll(file), file);
  });
}

const PRECEDENT = "--precedent";
const COMPTE_DE_GESTION = "--compte-de-gestion";

const command: Command = {
  name: "check-budget",
  summary:
    "Vérifie un budget (DocumentBudgetaire XML, classeur .xlsx ou son export CSV) : règles BUD-* ; --precedent CA_N-1 pour la reprise des résultats (ou, devant une décision modificative, le budget qu'elle modifie), --compte-de-gestion BALANCE.csv pour la concordance d'un CA.",
  multipleFiles: false,
  companions: [PRECEDENT, COMPTE_DE_GESTION],
  async run(files, options): Promise<FileReport[]> {
    const reports: FileReport[] = [];
    for (const file of files) {
      let document = await load(file);
      const precedentFile = options.companions?.[PRECEDENT];
      if (precedentFile !== undefined) {
        const precedent = await load(precedentFile);
        const mismatch = precedentMismatch(document, precedent);
        if (mismatch) throw new InputError(`${precedentFile} : ${mismatch}.`);
        document = withPrecedent(document, precedent);
      }
      const balanceFile = options.companions?.[COMPTE_DE_GESTION];
      if (balanceFile !== undefined) {
        const balance = await loadBalance(balanceFile);
        if (document.type !== "CA")
          throw new InputError(`${balanceFile} : la balance du comptable se rapproche d'un compte administratif.`);
        if (balance.exercice !== document.exercice)
          throw new InputError(
            `${balanceFile} : balance de l'exercice ${balance.exercice}, compte administratif de ${document.exercice}.`,
          );
        document = withCompteDeGestion(document, compteDeGestionOf(balance));
      }
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
