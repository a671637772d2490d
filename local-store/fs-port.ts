import fs from "node:fs";

/**
 * The file operations the journal uses. Production passes node:fs; fault tests pass a wrapper that writes short,
 * fills the disk or fails with EIO, which a CI machine cannot do for real.
 */
export interface FsPort {
  openSync(path: string, flags: string): number;
  closeSync(fd: number): void;
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number;
  fsyncSync(fd: number): void;
  ftruncateSync(fd: number, length: number): void;
  fstatSync(fd: number): { readonly size: number };
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
  existsSync(path: string): boolean;
  mkdirSync(path: string, options: { recursive: true }): unknown;
}

export const nodeFs: FsPort = fs;

/** The errno code of a failed file operation ("ENOSPC", "EIO"…), or "EIO" when the error names none. */
export function errnoCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" ? code : "EIO";
}
