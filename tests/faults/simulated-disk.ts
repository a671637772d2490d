import fs from "node:fs";
import type { FsPort } from "@local-store/fs-port";

const failure = (code: string): Error => Object.assign(new Error(`${code}: simulated disk`), { code });

/**
 * A disk that misbehaves on demand, over real files: writes cut short, a disk that fills up after N bytes, I/O
 * errors on write, fsync or truncate. The CI machine cannot mount a tiny disk; this is the next best thing.
 */
export class SimulatedDisk implements FsPort {
  /** Bytes that can still be written; a write that does not fit is short, the next one fails with ENOSPC. */
  freeBytes = Number.POSITIVE_INFINITY;
  /** The most one write call writes (0: no cap), as a kernel may do under pressure. */
  maxBytesPerWrite = 0;
  /** Operations that fail with EIO until cleared. */
  readonly failing = new Set<"write" | "fsync" | "ftruncate" | "rename">();
  writes = 0;
  /** The most bytes one read or one write asked for: what the journal holds in memory at once, at most. */
  largestRead = 0;
  largestWrite = 0;

  openSync(path: string, flags: string): number {
    return fs.openSync(path, flags);
  }
  closeSync(fd: number): void {
    fs.closeSync(fd);
  }
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number {
    this.largestRead = Math.max(this.largestRead, length);
    return fs.readSync(fd, buffer, offset, length, position);
  }
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number {
    this.writes++;
    this.largestWrite = Math.max(this.largestWrite, length);
    if (this.failing.has("write")) throw failure("EIO");
    const cap = this.maxBytesPerWrite > 0 ? Math.min(length, this.maxBytesPerWrite) : length;
    const fits = Math.min(cap, this.freeBytes);
    if (fits <= 0 && length > 0) throw failure("ENOSPC");
    const written = fs.writeSync(fd, buffer, offset, fits, position);
    this.freeBytes -= written;
    return written;
  }
  fsyncSync(fd: number): void {
    if (this.failing.has("fsync")) throw failure("EIO");
    fs.fsyncSync(fd);
  }
  ftruncateSync(fd: number, length: number): void {
    if (this.failing.has("ftruncate")) throw failure("EIO");
    fs.ftruncateSync(fd, length);
  }
  fstatSync(fd: number): { readonly size: number } {
    return fs.fstatSync(fd);
  }
  renameSync(from: string, to: string): void {
    if (this.failing.has("rename")) throw failure("EIO");
    fs.renameSync(from, to);
  }
  unlinkSync(path: string): void {
    fs.unlinkSync(path);
  }
  existsSync(path: string): boolean {
    return fs.existsSync(path);
  }
  mkdirSync(path: string, options: { recursive: true }): unknown {
    return fs.mkdirSync(path, options);
  }
}
