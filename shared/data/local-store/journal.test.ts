import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Journal } from "./journal";

type Rec = { n: number };
const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), "mairie-journal-"));

function reopen(
  dataDir: string,
  compact: (seen: Rec[]) => Rec[] = (seen) => seen,
): { seen: Rec[]; journal: Journal<Rec> } {
  const seen: Rec[] = [];
  const journal = Journal.open<Rec>(
    dataDir,
    (r) => seen.push(r),
    () => compact(seen),
  );
  return { seen, journal };
}

describe("Journal", () => {
  it("rejoue à l'ouverture ce qui a été écrit et synchronisé", () => {
    const dataDir = dir();
    const { journal } = reopen(dataDir);
    journal.write([{ n: 1 }, { n: 2 }]);
    journal.sync();
    journal.write([{ n: 3 }]);
    journal.sync();
    journal.close();
    expect(reopen(dataDir).seen).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it("ignore une dernière ligne déchirée, mais refuse un journal abîmé au milieu", () => {
    const dataDir = dir();
    const file = path.join(dataDir, "journal.jsonl");
    fs.writeFileSync(file, '{"n":1}\n{"n":2}\n{"n":');
    expect(reopen(dataDir).seen).toEqual([{ n: 1 }, { n: 2 }]);
    fs.writeFileSync(file, '{"n":1}\n{"n"\n{"n":3}\n');
    expect(() => reopen(dataDir)).toThrow("Journal illisible");
  });

  it("compacte à l'ouverture selon l'état reconstruit", () => {
    const dataDir = dir();
    fs.writeFileSync(path.join(dataDir, "journal.jsonl"), '{"n":1}\n{"n":1}\n{"n":2}\n');
    reopen(dataDir, (seen) => [{ n: seen.reduce((sum, r) => sum + r.n, 0) }]).journal.close();
    expect(fs.readFileSync(path.join(dataDir, "journal.jsonl"), "utf8")).toBe('{"n":4}\n');
  });
});
