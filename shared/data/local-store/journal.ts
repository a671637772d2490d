import fs from "node:fs";
import path from "node:path";

/**
 * An append-only JSON-lines file. `write` appends, `sync` fsyncs; the store answers a write only after `sync`, so
 * an acknowledged write survives a crash. At open, the file is replayed and rewritten compacted; a torn last line
 * (a crash in the middle of an append) is dropped, since its write was never acknowledged.
 */
export class Journal<R> {
  private fd: number;

  private constructor(private readonly file: string) {
    this.fd = fs.openSync(file, "a");
  }

  /** Reads the records of `dataDir/journal.jsonl`, lets the caller rebuild its state, then compacts to `snapshot()`. */
  static open<R>(dataDir: string, replay: (record: R) => void, snapshot: () => readonly R[]): Journal<R> {
    fs.mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, "journal.jsonl");
    for (const record of readRecords<R>(file)) replay(record);
    const temporary = `${file}.tmp`;
    const fd = fs.openSync(temporary, "w");
    fs.writeSync(
      fd,
      snapshot()
        .map((record) => `${JSON.stringify(record)}\n`)
        .join(""),
    );
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(temporary, file);
    syncDirectory(dataDir);
    return new Journal<R>(file);
  }

  write(records: readonly R[]): void {
    if (records.length > 0) fs.writeSync(this.fd, records.map((record) => `${JSON.stringify(record)}\n`).join(""));
  }

  sync(): void {
    fs.fsyncSync(this.fd);
  }

  close(): void {
    fs.closeSync(this.fd);
  }

  get path(): string {
    return this.file;
  }
}

function readRecords<R>(file: string): R[] {
  if (!fs.existsSync(file)) return [];
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const records: R[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    try {
      records.push(JSON.parse(line) as R);
    } catch (error) {
      // Only the last line may be torn; damage elsewhere is not a crash artefact and must not be silently skipped.
      const isLast = lines.slice(index + 1).every((rest) => rest.trim() === "");
      if (!isLast) throw new Error(`Journal illisible (${file}, ligne ${index + 1}) : ${(error as Error).message}`);
    }
  });
  return records;
}

function syncDirectory(dir: string): void {
  // Makes the rename durable; some platforms (Windows) cannot open a directory, where rename is durable anyway.
  try {
    const fd = fs.openSync(dir, "r");
    fs.fsyncSync(fd);
    fs.closeSync(fd);
  } catch {
    /* best effort, see above */
  }
}
