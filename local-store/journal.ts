import path from "node:path";
import { errnoCode, nodeFs } from "./fs-port";
import type { FsPort } from "./fs-port";
import { scanJournal } from "./journal-scan";
import type { DamagedLine } from "./journal-scan";

/** Compaction writes the snapshot in pieces of this size: memory stays bounded whatever the store holds. */
const COMPACTION_CHUNK = 1024 * 1024;
/** Below this size the journal is never compacted while the store runs (a restart does, once it is half waste). */
const MIN_COMPACT_BYTES = 32 * 1024 * 1024;
/** A write that makes no progress this many times in a row is a full disk, whatever the system says. */
const MAX_STALLS = 3;

/** A write the disk refused; the journal was rolled back to its last acknowledged byte. */
export class JournalWriteError extends Error {
  override readonly name = "JournalWriteError";
  constructor(readonly code: string) {
    super(`journal write failed (${code})`);
  }
}

export interface JournalOptions {
  readonly fs?: FsPort;
  /** The journal is compacted while running once it exceeds this and twice its last compacted size. */
  readonly minCompactBytes?: number;
}

/** What the opening found: lines set aside in a quarantine file, if any. */
export interface JournalReport {
  readonly damaged: readonly DamagedLine[];
  readonly quarantineFile?: string;
}

function writeAll(port: FsPort, fd: number, bytes: Uint8Array, position: number): void {
  let stalls = 0;
  for (let offset = 0; offset < bytes.length;) {
    // A short write is not an error: the rest is written at the next position.
    const written = port.writeSync(fd, bytes, offset, bytes.length - offset, position + offset);
    if (written > 0) {
      offset += written;
      stalls = 0;
    } else if (++stalls >= MAX_STALLS) {
      throw Object.assign(new Error("write made no progress"), { code: "ENOSPC" });
    }
  }
}

const lines = <R>(records: Iterable<R>): Iterable<string> => ({
  *[Symbol.iterator]() {
    for (const record of records) yield `${JSON.stringify(record)}\n`;
  },
});

/**
 * An append-only JSON-lines file. `append` returns only once every byte is written and fsynced; a short write is
 * continued, a failed one (disk full, I/O error) is rolled back by truncating to the last acknowledged length, so
 * the file never holds a half record followed by others. At open, the file is read as a stream, damaged lines are
 * set aside in a quarantine file, and the journal is rewritten compacted when it was damaged or is half made of
 * replaced records; it is compacted again while the store runs once it has grown, through a temporary file renamed
 * over it.
 */
export class Journal<R> {
  private length: number;
  private compactedLength: number;
  /** Bytes past `length` may remain from a failed write whose rollback failed too: cut them before the next. */
  private tailDirty = false;
  /** Inside `unsynced`: appends are written but fsynced once at the end. */
  private syncDeferred = false;

  private constructor(
    private readonly port: FsPort,
    private readonly file: string,
    private fd: number,
    length: number,
    private readonly minCompactBytes: number,
    readonly report: JournalReport,
  ) {
    this.length = length;
    this.compactedLength = length;
  }

  /** Replays `dataDir/journal.jsonl` into `replay` (which may throw on an unknown record), then compacts. */
  static open<R>(
    dataDir: string,
    replay: (record: R) => void,
    snapshot: () => Iterable<R>,
    options: JournalOptions = {},
  ): Journal<R> {
    const port = options.fs ?? nodeFs;
    port.mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, "journal.jsonl");
    const scan = scanJournal(port, file, (record) => replay(record as R));
    const report: JournalReport = {
      damaged: scan.damaged,
      ...(scan.quarantineFile ? { quarantineFile: scan.quarantineFile } : {}),
    };
    if (!port.existsSync(file)) port.closeSync(port.openSync(file, "w"));
    const journal = new Journal<R>(
      port,
      file,
      port.openSync(file, "r+"),
      scan.goodLength,
      options.minCompactBytes ?? MIN_COMPACT_BYTES,
      report,
    );
    // A torn tail lies past goodLength: the next append overwrites it, and cuts what would remain.
    journal.tailDirty = port.fstatSync(journal.fd).size !== scan.goodLength;
    let live = 0;
    const records = snapshot()[Symbol.iterator]();
    while (!records.next().done) live++;
    // Records replaced by later ones cost each start their parsing, and a rewrite costs a start more than that: the
    // journal is rewritten at start once they are half of it, as while running (needsCompaction), not for a few.
    if (scan.damaged.length > 0 || journal.tailDirty || scan.records > 2 * live) {
      try {
        journal.compact(snapshot());
      } catch (error) {
        // A full disk at start: the journal stays as it is, readable, and the store starts all the same.
        if (!(error instanceof JournalWriteError)) throw error;
      }
    } else if (scan.records > 0) {
      // What it would measure compacted, so that compaction while running starts from the same measure.
      journal.compactedLength = Math.round((scan.goodLength * live) / scan.records);
    }
    return journal;
  }

  append(records: readonly R[]): void {
    if (records.length === 0) return;
    const bytes = Buffer.from(records.map((record) => `${JSON.stringify(record)}\n`).join(""));
    try {
      if (this.tailDirty) {
        this.port.ftruncateSync(this.fd, this.length);
        this.tailDirty = false;
      }
      writeAll(this.port, this.fd, bytes, this.length);
      if (!this.syncDeferred) this.port.fsyncSync(this.fd);
    } catch (error) {
      this.rollback();
      throw new JournalWriteError(errnoCode(error));
    }
    this.length += bytes.length;
  }

  /**
   * Runs `work` with one fsync at its end instead of one per append: for seeding at start, when no write has been
   * acknowledged to anyone yet. Never for requests, whose answers each wait for their own fsync.
   */
  unsynced(work: () => void): void {
    this.syncDeferred = true;
    try {
      work();
    } finally {
      this.syncDeferred = false;
    }
    try {
      this.port.fsyncSync(this.fd);
    } catch (error) {
      throw new JournalWriteError(errnoCode(error));
    }
  }

  private rollback(): void {
    try {
      this.port.ftruncateSync(this.fd, this.length);
      this.port.fsyncSync(this.fd);
    } catch {
      this.tailDirty = true;
    }
  }

  /** Whether the journal has grown enough since its last compaction to be worth rewriting. */
  get needsCompaction(): boolean {
    return this.length > this.minCompactBytes && this.length > 2 * this.compactedLength;
  }

  /** Rewrites the journal as `records`, written in bounded pieces to a temporary file renamed over the journal. */
  compact(records: Iterable<R>): void {
    const temporary = `${this.file}.tmp`;
    let fd: number | undefined;
    let position = 0;
    try {
      fd = this.port.openSync(temporary, "w");
      let pending: string[] = [];
      let pendingLength = 0;
      const flush = (target: number) => {
        const bytes = Buffer.from(pending.join(""));
        writeAll(this.port, target, bytes, position);
        position += bytes.length;
        pending = [];
        pendingLength = 0;
      };
      for (const line of lines(records)) {
        pending.push(line);
        pendingLength += line.length;
        if (pendingLength >= COMPACTION_CHUNK) flush(fd);
      }
      flush(fd);
      this.port.fsyncSync(fd);
      this.port.closeSync(fd);
      fd = undefined;
      this.port.renameSync(temporary, this.file);
    } catch (error) {
      if (fd !== undefined) this.quietly(() => this.port.closeSync(fd as number));
      this.quietly(() => this.port.unlinkSync(temporary));
      throw new JournalWriteError(errnoCode(error));
    }
    this.syncDirectory();
    this.port.closeSync(this.fd);
    this.fd = this.port.openSync(this.file, "r+");
    this.length = position;
    this.compactedLength = position;
    this.tailDirty = false;
  }

  close(): void {
    this.port.closeSync(this.fd);
  }

  get path(): string {
    return this.file;
  }

  get size(): number {
    return this.length;
  }

  private quietly(work: () => void): void {
    try {
      work();
    } catch {
      /* cleanup after a failure that is already being reported */
    }
  }

  private syncDirectory(): void {
    // Makes the rename durable; some platforms (Windows) cannot open a directory, where rename is durable anyway.
    this.quietly(() => {
      const fd = this.port.openSync(path.dirname(this.file), "r");
      try {
        this.port.fsyncSync(fd);
      } finally {
        this.port.closeSync(fd);
      }
    });
  }
}
