import path from "node:path";
import type { FsPort } from "./fs-port";

/** A line longer than this cannot be a record the store wrote (fields are bounded far below): it is set aside. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;
/** Far below MAX_LINE_BYTES: a line wholly inside one chunk is never too long. */
const CHUNK_BYTES = 1024 * 1024;
const NEWLINE = 0x0a;

export interface DamagedLine {
  /** 1-based line number in the journal. */
  readonly line: number;
  readonly reason: string;
}

export interface ScanResult {
  /** Lines that held a record the caller accepted. */
  readonly records: number;
  readonly damaged: readonly DamagedLine[];
  /** Where the quarantined lines were copied, when there were any. */
  readonly quarantineFile?: string;
  /** Byte length up to the end of the last complete line: a torn last line lies beyond it. */
  readonly goodLength: number;
}

/** The damaged lines, copied as they were (a person can repair one and append it again), fsynced before use. */
class Quarantine {
  private fd: number | undefined;
  private position = 0;
  readonly damaged: DamagedLine[] = [];

  constructor(
    private readonly port: FsPort,
    readonly file: string,
  ) {}

  begin(line: number, reason: string): void {
    this.damaged.push({ line, reason });
    this.fd ??= this.port.openSync(this.file, "w");
  }

  copy(bytes: Uint8Array): void {
    if (this.fd === undefined) return;
    for (let offset = 0; offset < bytes.length;) {
      const written = this.port.writeSync(this.fd, bytes, offset, bytes.length - offset, this.position);
      if (written <= 0) throw Object.assign(new Error("quarantine write made no progress"), { code: "ENOSPC" });
      offset += written;
      this.position += written;
    }
  }

  close(): void {
    if (this.fd === undefined) return;
    this.port.fsyncSync(this.fd);
    this.port.closeSync(this.fd);
  }
}

/**
 * Reads the journal line by line in fixed-size chunks (never as one string), hands each line to `accept`, and
 * copies each line it refuses (not JSON, an unknown record, too long, or torn by a crash) to a quarantine file
 * next to the journal. Damage is reported, never a reason to refuse to start.
 */
export function scanJournal(port: FsPort, file: string, accept: (record: unknown) => void): ScanResult {
  if (!port.existsSync(file)) return { records: 0, damaged: [], goodLength: 0 };
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const quarantine = new Quarantine(port, path.join(path.dirname(file), `quarantine-${stamp}.jsonl`));
  const fd = port.openSync(file, "r");
  const chunk = Buffer.alloc(CHUNK_BYTES);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overLong = false;
  let line = 1;
  let records = 0;
  let goodLength = 0;
  let position = 0;

  const startOverLong = (): void => {
    overLong = true;
    quarantine.begin(line, `ligne de plus de ${MAX_LINE_BYTES} octets`);
    pending.forEach((part) => quarantine.copy(part));
    pending = [];
  };

  /** Why a complete line (at most MAX_LINE_BYTES) is set aside, or undefined when it was accepted or is blank. */
  const verdict = (text: string): string | undefined => {
    try {
      accept(JSON.parse(text));
      records++;
      return undefined;
    } catch (error) {
      if (!(error instanceof SyntaxError)) return "enregistrement inconnu";
      return text.trim() === "" ? undefined : "JSON illisible";
    }
  };

  const setAside = (reason: string, bytes: Buffer): void => {
    quarantine.begin(line, reason);
    quarantine.copy(Buffer.concat([bytes, Buffer.from("\n")]));
  };

  /** The line that ends at the start of a chunk: it may continue bytes kept from the chunks before. */
  const endLine = (last: Buffer): void => {
    if (!overLong && pendingBytes + last.length > MAX_LINE_BYTES) startOverLong();
    if (overLong) {
      quarantine.copy(last);
      quarantine.copy(Buffer.from("\n"));
    } else {
      const bytes = pending.length === 0 ? last : Buffer.concat([...pending, last]);
      const reason = verdict(bytes.toString("utf8"));
      if (reason) setAside(reason, bytes);
    }
    pending = [];
    pendingBytes = 0;
    overLong = false;
    line++;
  };

  /**
   * The lines wholly inside one chunk, from `from` up to the newline at `to`, shorter than a chunk and so than
   * MAX_LINE_BYTES: decoded in one piece and split (a newline byte is never part of a multi-byte character) rather
   * than sliced and decoded line by line. A line's bytes are looked for only when it is damaged.
   */
  const wholeLines = (chunk: Buffer, from: number, to: number): void => {
    let cursorLine = 0;
    let cursorByte = from;
    const texts = chunk.toString("utf8", from, to).split("\n");
    for (let index = 0; index < texts.length; index++) {
      const reason = verdict(texts[index] ?? "");
      if (reason) {
        for (; cursorLine < index; cursorLine++) cursorByte = chunk.indexOf(NEWLINE, cursorByte) + 1;
        setAside(reason, chunk.subarray(cursorByte, chunk.indexOf(NEWLINE, cursorByte)));
      }
      line++;
    }
  };

  const keep = (piece: Buffer): void => {
    if (piece.length === 0) return;
    if (overLong) {
      quarantine.copy(piece);
      return;
    }
    pending.push(Buffer.from(piece));
    pendingBytes += piece.length;
    if (pendingBytes > MAX_LINE_BYTES) startOverLong();
  };

  /** A crash in the middle of an append: that write was never acknowledged, but it is kept aside all the same. */
  const endTornLine = (): void => {
    if (pendingBytes === 0 && !overLong) return;
    if (!overLong) {
      quarantine.begin(line, "dernière ligne incomplète (écriture interrompue)");
      pending.forEach((part) => quarantine.copy(part));
    }
    quarantine.copy(Buffer.from("\n"));
  };

  try {
    for (;;) {
      const read = port.readSync(fd, chunk, 0, CHUNK_BYTES, position);
      if (read <= 0) break;
      let start = 0;
      const first = chunk.indexOf(NEWLINE);
      if (first !== -1 && first < read) {
        endLine(chunk.subarray(0, first));
        start = first + 1;
        const last = chunk.lastIndexOf(NEWLINE, read - 1);
        if (last >= start) wholeLines(chunk, start, last);
        goodLength = position + last + 1;
        start = last + 1;
      }
      keep(chunk.subarray(start, read));
      position += read;
    }
    endTornLine();
  } finally {
    port.closeSync(fd);
    quarantine.close();
  }
  const damaged = quarantine.damaged;
  return { records, damaged, goodLength, ...(damaged.length > 0 ? { quarantineFile: quarantine.file } : {}) };
}
