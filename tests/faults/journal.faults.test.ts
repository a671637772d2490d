import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Journal, JournalWriteError } from "@local-store/journal";
import { SimulatedDisk } from "./simulated-disk";

type Rec = { n: number; text: string };
const rec = (n: number): Rec => ({ n, text: `enregistrement ${n} — é€` });
const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), "mairie-disk-"));

/** Opens the journal on `disk`, keeping every replayed record as the state. */
function open(dataDir: string, disk: SimulatedDisk, minCompactBytes?: number) {
  const seen: Rec[] = [];
  const journal = Journal.open<Rec>(
    dataDir,
    (r) => seen.push(r),
    () => seen,
    minCompactBytes ? { fs: disk, minCompactBytes } : { fs: disk },
  );
  return { seen, journal };
}

/** Appends through the journal and keeps what was acknowledged, as the store does. */
function appendAll(journal: Journal<Rec>, seen: Rec[], records: Rec[]): void {
  journal.append(records);
  seen.push(...records);
}

const codeOf = (work: () => void): string => {
  try {
    work();
    return "ok";
  } catch (error) {
    return error instanceof JournalWriteError ? error.code : `autre : ${String(error)}`;
  }
};

describe("journal sur un disque qui se dérobe", () => {
  it("termine une écriture coupée en morceaux avant de la confirmer", () => {
    const dataDir = dir();
    const disk = new SimulatedDisk();
    const { seen, journal } = open(dataDir, disk);
    disk.maxBytesPerWrite = 7;
    appendAll(journal, seen, [rec(1), rec(2), rec(3)]);
    expect(disk.writes).toBeGreaterThan(10);
    journal.close();
    const again = open(dataDir, new SimulatedDisk());
    expect(again.seen).toEqual([rec(1), rec(2), rec(3)]);
    expect(again.journal.report.damaged).toEqual([]);
  });

  it("disque plein au milieu d'un enregistrement : refusé, défait, puis accepté quand la place revient", () => {
    const dataDir = dir();
    const disk = new SimulatedDisk();
    const { seen, journal } = open(dataDir, disk);
    appendAll(journal, seen, [rec(1)]);
    const before = fs.statSync(journal.path).size;
    disk.freeBytes = 12;
    expect(codeOf(() => journal.append([rec(2), rec(3)]))).toBe("ENOSPC");
    // The half-written record is gone: nothing is glued after it.
    expect(fs.statSync(journal.path).size).toBe(before);
    expect(codeOf(() => journal.append([rec(4)]))).toBe("ENOSPC");
    disk.freeBytes = Number.POSITIVE_INFINITY;
    appendAll(journal, seen, [rec(5)]);
    journal.close();
    const again = open(dataDir, new SimulatedDisk());
    expect(again.seen).toEqual([rec(1), rec(5)]);
    expect(again.journal.report.damaged).toEqual([]);
  });

  it("erreur d'entrée-sortie à la synchronisation : rien n'est confirmé, le journal reste lisible", () => {
    const dataDir = dir();
    const disk = new SimulatedDisk();
    const { seen, journal } = open(dataDir, disk);
    appendAll(journal, seen, [rec(1)]);
    disk.failing.add("fsync");
    expect(codeOf(() => journal.append([rec(2)]))).toBe("EIO");
    disk.failing.clear();
    appendAll(journal, seen, [rec(3)]);
    journal.close();
    expect(open(dataDir, new SimulatedDisk()).seen).toEqual([rec(1), rec(3)]);
  });

  it("quand même la troncature échoue, la prochaine écriture coupe les octets orphelins", () => {
    const dataDir = dir();
    const disk = new SimulatedDisk();
    const { seen, journal } = open(dataDir, disk);
    appendAll(journal, seen, [rec(1)]);
    disk.freeBytes = 20;
    disk.failing.add("ftruncate");
    expect(codeOf(() => journal.append([{ n: 2, text: "x".repeat(500) }]))).toBe("ENOSPC");
    // The torn bytes are still there: the truncation failed too.
    expect(fs.readFileSync(journal.path, "utf8")).toContain('{"n":2');
    disk.failing.clear();
    disk.freeBytes = Number.POSITIVE_INFINITY;
    appendAll(journal, seen, [rec(3)]);
    journal.close();
    expect(fs.readFileSync(journal.path, "utf8")).not.toContain('{"n":2');
    const again = open(dataDir, new SimulatedDisk());
    expect(again.seen).toEqual([rec(1), rec(3)]);
    expect(again.journal.report.damaged).toEqual([]);
  });

  it("s'ouvre sur un disque plein sans se compacter, avec une ligne déchirée, puis écrit par-dessus", () => {
    const dataDir = dir();
    const file = path.join(dataDir, "journal.jsonl");
    fs.writeFileSync(file, `${JSON.stringify(rec(1))}\n${JSON.stringify(rec(2)).slice(0, 9)}`);
    const disk = new SimulatedDisk();
    disk.failing.add("rename");
    const { seen, journal } = open(dataDir, disk);
    expect(seen).toEqual([rec(1)]);
    disk.failing.clear();
    appendAll(journal, seen, [rec(3)]);
    journal.close();
    expect(fs.readFileSync(file, "utf8")).toBe(`${JSON.stringify(rec(1))}\n${JSON.stringify(rec(3))}\n`);
    expect(fs.existsSync(`${file}.tmp`)).toBe(false);
  });

  it("se relit par lectures de 1 Mo et se compacte par écritures bornées, quelle que soit sa taille", () => {
    const dataDir = dir();
    const records = Array.from({ length: 3_000 }, (_, n) => ({ n, text: `${n} ${"é".repeat(1_000)}` }));
    fs.writeFileSync(path.join(dataDir, "journal.jsonl"), records.map((r) => `${JSON.stringify(r)}\n`).join(""));
    expect(fs.statSync(path.join(dataDir, "journal.jsonl")).size).toBeGreaterThan(5 * 1024 * 1024);
    const disk = new SimulatedDisk();
    const { seen, journal } = open(dataDir, disk);
    expect(seen).toEqual(records);
    journal.compact(seen);
    journal.close();
    expect(disk.largestRead).toBeLessThanOrEqual(1024 * 1024);
    // Compaction counts its pieces in characters (1 M and one line): at most 3 bytes each once encoded.
    const line = `${JSON.stringify(records[0])}\n`.length;
    expect(disk.largestWrite).toBeLessThanOrEqual(3 * (1024 * 1024 + line));
    expect(disk.largestWrite).toBeLessThan(fs.statSync(path.join(dataDir, "journal.jsonl")).size / 2);
    expect(open(dataDir, new SimulatedDisk()).seen).toEqual(records);
  });

  it("se compacte pendant le service, et garde l'ancien journal si le compactage échoue", () => {
    const dataDir = dir();
    const disk = new SimulatedDisk();
    const seen: Rec[] = [];
    // The state keeps only the latest record of each n, as the store keeps the latest version of each item.
    const latest = () => [...new Map(seen.map((r) => [r.n % 10, r])).values()];
    const journal = Journal.open<Rec>(dataDir, (r) => seen.push(r), latest, { fs: disk, minCompactBytes: 2000 });
    for (let n = 0; n < 200; n++) {
      appendAll(journal, seen, [rec(n)]);
      if (journal.needsCompaction) journal.compact(latest());
    }
    expect(journal.size).toBeLessThan(4100);
    disk.failing.add("rename");
    expect(codeOf(() => journal.compact(latest()))).toBe("EIO");
    disk.failing.clear();
    appendAll(journal, seen, [rec(200)]);
    journal.close();
    const again = open(dataDir, new SimulatedDisk());
    expect(new Map(again.seen.map((r) => [r.n % 10, r]))).toEqual(new Map(latest().map((r) => [r.n % 10, r])));
  });
});
