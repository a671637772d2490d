import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Journal } from "./journal";
import { MAX_LINE_BYTES } from "./journal-scan";

type Rec = { n: number; text?: string };
const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), "mairie-journal-"));

function reopen(
  dataDir: string,
  compact: (seen: Rec[]) => Rec[] = (seen) => seen,
): { seen: Rec[]; journal: Journal<Rec> } {
  const seen: Rec[] = [];
  const journal = Journal.open<Rec>(
    dataDir,
    (r) => {
      if (typeof r.n !== "number") throw new TypeError("not a record");
      seen.push(r);
    },
    () => compact(seen),
  );
  return { seen, journal };
}

describe("Journal", () => {
  it("rejoue à l'ouverture ce qui a été écrit", () => {
    const dataDir = dir();
    const { journal } = reopen(dataDir);
    journal.append([{ n: 1 }, { n: 2 }]);
    journal.append([{ n: 3 }]);
    journal.close();
    expect(reopen(dataDir).seen).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it("met de côté une ligne abîmée, où qu'elle soit, et démarre avec le reste", () => {
    const dataDir = dir();
    const file = path.join(dataDir, "journal.jsonl");
    fs.writeFileSync(file, '{"n":1}\n{"n"\n{"x":true}\n{"n":3}\n{"n":');
    const { seen, journal } = reopen(dataDir);
    expect(seen).toEqual([{ n: 1 }, { n: 3 }]);
    expect(journal.report.damaged).toEqual([
      { line: 2, reason: "JSON illisible" },
      { line: 3, reason: "enregistrement inconnu" },
      { line: 5, reason: "dernière ligne incomplète (écriture interrompue)" },
    ]);
    expect(fs.readFileSync(journal.report.quarantineFile ?? "", "utf8")).toBe('{"n"\n{"x":true}\n{"n":\n');
    journal.close();
    // The compacted journal holds only what was replayed: the next start finds nothing to set aside.
    expect(fs.readFileSync(file, "utf8")).toBe('{"n":1}\n{"n":3}\n');
    expect(reopen(dataDir).journal.report.damaged).toEqual([]);
  });

  it("lit le journal par morceaux : lignes à cheval sur deux lectures et caractères multi-octets", () => {
    const dataDir = dir();
    const text = "é€🙂".repeat(40_000);
    const records = Array.from({ length: 12 }, (_, n) => ({ n, text }));
    fs.writeFileSync(path.join(dataDir, "journal.jsonl"), records.map((r) => `${JSON.stringify(r)}\n`).join(""));
    expect(reopen(dataDir).seen).toEqual(records);
  });

  it("met de côté, octet pour octet, chaque ligne abîmée parmi des milliers réparties sur plusieurs lectures", () => {
    const dataDir = dir();
    // Lines of every length around the 1 MB reads, blank lines, and damaged lines whose bytes are not even UTF-8.
    const invalid = Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0xff, 0xfe, 0x3a, 0x31, 0x7d]);
    const parts: Buffer[] = [];
    const good: Rec[] = [];
    const damaged: { line: number; reason: string }[] = [];
    const aside: Buffer[] = [];
    for (let line = 1; line <= 30_000; line++) {
      let bytes: Buffer;
      if (line % 997 === 0) {
        bytes = line % 2 === 0 ? invalid : Buffer.from(`{"n":${line},"text":"coupé`);
        damaged.push({ line, reason: "JSON illisible" });
        aside.push(bytes, Buffer.from("\n"));
      } else if (line % 1_499 === 0) {
        bytes = Buffer.from(line % 2 === 0 ? "" : "  ");
      } else {
        const record = { n: line, text: "é".repeat(line % 97) };
        good.push(record);
        bytes = Buffer.from(JSON.stringify(record));
      }
      parts.push(bytes, Buffer.from("\n"));
    }
    const journalBytes = Buffer.concat(parts);
    expect(journalBytes.length).toBeGreaterThan(2 * 1024 * 1024);
    fs.writeFileSync(path.join(dataDir, "journal.jsonl"), journalBytes);
    const { seen, journal } = reopen(dataDir);
    expect(seen).toEqual(good);
    expect(journal.report.damaged).toEqual(damaged);
    expect(fs.readFileSync(journal.report.quarantineFile ?? "").equals(Buffer.concat(aside))).toBe(true);
  });

  it("met de côté une ligne démesurée sans la garder en mémoire", () => {
    const dataDir = dir();
    const file = path.join(dataDir, "journal.jsonl");
    const huge = `{"n":2,"text":"${"x".repeat(MAX_LINE_BYTES + 10)}"}`;
    fs.writeFileSync(file, `{"n":1}\n${huge}\n{"n":3}\n`);
    const { seen, journal } = reopen(dataDir);
    expect(seen).toEqual([{ n: 1 }, { n: 3 }]);
    expect(journal.report.damaged).toEqual([{ line: 2, reason: `ligne de plus de ${MAX_LINE_BYTES} octets` }]);
    expect(fs.statSync(journal.report.quarantineFile ?? "").size).toBe(huge.length + 1);
  });

  it("compacte à l'ouverture selon l'état reconstruit", () => {
    const dataDir = dir();
    fs.writeFileSync(path.join(dataDir, "journal.jsonl"), '{"n":1}\n{"n":1}\n{"n":2}\n');
    reopen(dataDir, (seen) => [{ n: seen.reduce((sum, r) => sum + r.n, 0) }]).journal.close();
    expect(fs.readFileSync(path.join(dataDir, "journal.jsonl"), "utf8")).toBe('{"n":4}\n');
  });

  it("ne se réécrit pas à l'ouverture pour quelques enregistrements remplacés, mais dès qu'ils en font la moitié", () => {
    const dataDir = dir();
    const file = path.join(dataDir, "journal.jsonl");
    // The state keeps the latest record of each n % 10, as the store keeps the latest version of each item.
    const latest = (seen: Rec[]) => [...new Map(seen.map((r) => [r.n % 10, r])).values()];
    const lines = (ns: number[]) => ns.map((n) => `${JSON.stringify({ n })}\n`).join("");
    fs.writeFileSync(file, lines([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
    reopen(dataDir, latest).journal.close();
    expect(fs.readFileSync(file, "utf8")).toBe(lines([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
    fs.appendFileSync(file, lines([12, 13, 14, 15, 16, 17, 18, 19, 20]));
    const { seen, journal } = reopen(dataDir, latest);
    journal.close();
    expect(fs.readFileSync(file, "utf8")).toBe(lines(latest(seen).map((r) => r.n)));
  });
});
