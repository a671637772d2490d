import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { StoredColumn } from "./model";

/**
 * The embedded store's document library: folders and files with their eTag (changes with any change), cTag (changes
 * with the content only) and listItem fields, persisted under `.data/drive/`: each file's bytes in `content/`, the
 * tree in `items.json`, both written and fsynced before the store answers.
 */

export interface DriveEntry {
  readonly id: string;
  readonly guid: string;
  readonly name: string;
  /** Undefined for the root. */
  readonly parentId?: string;
  readonly folder: boolean;
  /** eTag version: any change (content, name, fields). */
  readonly version: number;
  /** cTag version: content changes only; also SharePoint's major version number (`_UIVersionString`). */
  readonly contentVersion: number;
  readonly size: number;
  readonly created: string;
  readonly modified: string;
  readonly modifiedBy: string;
  readonly listItemId: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

interface Persisted {
  readonly lastListItemId: number;
  readonly entries: DriveEntry[];
  /** The library's own columns (absent from a `.data/` written before the store kept them). */
  readonly columns?: StoredColumn[];
}

export const ROOT_ID = "01ROOT";

export const etagOfEntry = (e: Pick<DriveEntry, "guid" | "version">): string =>
  `"{${e.guid.toUpperCase()}},${e.version}"`;
export const ctagOfEntry = (e: Pick<DriveEntry, "guid" | "contentVersion">): string =>
  `"c:{${e.guid.toUpperCase()}},${e.contentVersion}"`;

function syncWrite(file: string, data: Uint8Array | string): void {
  const temporary = `${file}.tmp`;
  const fd = fs.openSync(temporary, "w");
  fs.writeSync(fd, typeof data === "string" ? Buffer.from(data, "utf8") : data);
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  fs.renameSync(temporary, file);
}

export class DriveFiles {
  private readonly entries = new Map<string, DriveEntry>();
  private libraryColumns: StoredColumn[] = [];
  private lastListItemId = 0;
  private readonly dir: string;

  /** `folder`: the library's directory under the data directory (`drive` for the site's default library). */
  constructor(dataDir: string, folder = "drive") {
    this.dir = path.join(dataDir, folder);
    fs.mkdirSync(path.join(this.dir, "content"), { recursive: true });
    const index = path.join(this.dir, "items.json");
    if (fs.existsSync(index)) {
      const saved = JSON.parse(fs.readFileSync(index, "utf8")) as Persisted;
      saved.entries.forEach((e) => this.entries.set(e.id, e));
      this.lastListItemId = saved.lastListItemId;
      this.libraryColumns = saved.columns ?? [];
    }
    if (!this.entries.has(ROOT_ID)) {
      const now = new Date().toISOString();
      this.entries.set(ROOT_ID, {
        id: ROOT_ID,
        guid: randomUUID(),
        name: "root",
        folder: true,
        version: 1,
        contentVersion: 1,
        size: 0,
        created: now,
        modified: now,
        modifiedBy: "admin",
        listItemId: "0",
        fields: {},
      });
    }
  }

  /** Writes the tree now: a library just created exists on disk before it holds any file. */
  touch(): void {
    this.persist();
  }

  /** The columns the library's list has: SharePoint's own fields aside, only these take values. */
  columns(): readonly StoredColumn[] {
    return this.libraryColumns;
  }

  addColumn(column: StoredColumn): void {
    this.libraryColumns = [...this.libraryColumns, column];
    this.persist();
  }

  get(id: string): DriveEntry | undefined {
    return this.entries.get(id);
  }

  children(parentId: string): DriveEntry[] {
    return [...this.entries.values()]
      .filter((e) => e.parentId === parentId)
      .sort((a, b) => a.name.localeCompare(b.name, "fr"));
  }

  /** SharePoint names are case-insensitive. */
  child(parentId: string, name: string): DriveEntry | undefined {
    const wanted = name.toLowerCase();
    return [...this.entries.values()].find((e) => e.parentId === parentId && e.name.toLowerCase() === wanted);
  }

  /** The names from the root down to the entry (the root itself excluded). */
  pathOf(entry: DriveEntry): string[] {
    const names: string[] = [];
    for (
      let e: DriveEntry | undefined = entry;
      e && e.id !== ROOT_ID;
      e = e.parentId ? this.get(e.parentId) : undefined
    )
      names.unshift(e.name);
    return names;
  }

  resolve(names: readonly string[]): DriveEntry | undefined {
    let current = this.get(ROOT_ID);
    for (const name of names) current = current && this.child(current.id, name);
    return current;
  }

  content(entry: DriveEntry): Buffer {
    const file = path.join(this.dir, "content", entry.id);
    return fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
  }

  createFolder(parentId: string, name: string, by: string): DriveEntry {
    return this.save(this.fresh(parentId, name, true, 0, by));
  }

  /** Writes a file's bytes: a new file, or the next version of `existing`. */
  writeFile(parentId: string, name: string, bytes: Uint8Array, by: string, existing?: DriveEntry): DriveEntry {
    const entry = existing
      ? {
          ...existing,
          version: existing.version + 1,
          contentVersion: existing.contentVersion + 1,
          size: bytes.length,
          modified: new Date().toISOString(),
          modifiedBy: by,
        }
      : this.fresh(parentId, name, false, bytes.length, by);
    syncWrite(path.join(this.dir, "content", entry.id), bytes);
    return this.save(entry);
  }

  updateFields(entry: DriveEntry, fields: Readonly<Record<string, unknown>>, by: string): DriveEntry {
    return this.save({
      ...entry,
      fields: { ...entry.fields, ...fields },
      version: entry.version + 1,
      modified: new Date().toISOString(),
      modifiedBy: by,
    });
  }

  remove(entry: DriveEntry): void {
    for (const child of this.children(entry.id)) this.remove(child);
    this.entries.delete(entry.id);
    fs.rmSync(path.join(this.dir, "content", entry.id), { force: true });
    this.persist();
  }

  private fresh(parentId: string, name: string, folder: boolean, size: number, by: string): DriveEntry {
    const now = new Date().toISOString();
    this.lastListItemId += 1;
    return {
      id: `01${randomUUID().replace(/-/g, "").slice(0, 30).toUpperCase()}`,
      guid: randomUUID(),
      name,
      parentId,
      folder,
      version: 1,
      contentVersion: 1,
      size,
      created: now,
      modified: now,
      modifiedBy: by,
      listItemId: String(this.lastListItemId),
      fields: {},
    };
  }

  private save(entry: DriveEntry): DriveEntry {
    this.entries.set(entry.id, entry);
    this.persist();
    return entry;
  }

  private persist(): void {
    const saved: Persisted = {
      lastListItemId: this.lastListItemId,
      entries: [...this.entries.values()],
      columns: this.libraryColumns,
    };
    syncWrite(path.join(this.dir, "items.json"), JSON.stringify(saved));
  }
}

const drives = new WeakMap<object, DriveFiles>();
const homes = new WeakMap<object, string>();
const publications = new WeakMap<object, DriveFiles>();
const PUBLICATIONS_DIR = "publications";

/**
 * The store's context carries its libraries without the context's type knowing of them: the default library always,
 * the « Publications » library once it was created (as on a site, by `POST /lists`), found again on a later start.
 */
export function attachDrive(context: object, dataDir: string): void {
  drives.set(context, new DriveFiles(dataDir));
  homes.set(context, dataDir);
  if (fs.existsSync(path.join(dataDir, PUBLICATIONS_DIR, "items.json")))
    publications.set(context, new DriveFiles(dataDir, PUBLICATIONS_DIR));
}

export function driveOf(context: object): DriveFiles | undefined {
  return drives.get(context);
}

export function publicationsOf(context: object): DriveFiles | undefined {
  return publications.get(context);
}

/** Creates the « Publications » library; undefined when the context has no data directory (a bare test context). */
export function createPublications(context: object): DriveFiles | undefined {
  const home = homes.get(context);
  if (home === undefined) return undefined;
  const files = new DriveFiles(home, PUBLICATIONS_DIR);
  files.touch();
  publications.set(context, files);
  return files;
}
