import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { startLocalStore } from "../../local-store";
import type { Benchmark, Figure } from "./figure";

interface Run {
  readonly startMs: number;
  readonly startCpuMs: number;
  /** Reading and parsing the same journal, line by line, in the same process. */
  readonly startFloorMs: number;
  readonly fullCpuMs: number;
  /** The same client loop on the same page bytes, answered by a plain Node HTTP server. */
  readonly fullFloorMs: number;
  readonly rssMb: number;
  readonly heapMb: number;
  readonly batchMs: number;
  readonly filteredMs: number;
  readonly fullMs: number;
  readonly pages: number;
  readonly items: number;
}

const SIZES = [1_000, 100_000] as const;

/**
 * A seeded data folder whose Échéances list is given `count` more items, written straight into the journal, then
 * 1 % of them modified once, as a journal that has lived holds replaced versions.
 */
async function prepare(count: number): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(tmpdir(), `mairie-scale-${count}-`));
  const store = await startLocalStore({ port: 0, dataDir, seed: true });
  await store.close();
  const journal = store.journalPath;
  const list = fs
    .readFileSync(journal, "utf8")
    .split("\n")
    .map((line) => (line ? (JSON.parse(line) as { t: string; list?: { id: string; displayName: string } }) : undefined))
    .find((record) => record?.t === "list" && record.list?.displayName === "Échéances")?.list?.id;
  if (!list) throw new Error("liste Échéances introuvable");
  const lines: string[] = [];
  const flush = () => {
    fs.appendFileSync(journal, lines.join(""));
    lines.length = 0;
  };
  const updates = count / 100;
  for (let i = 0; i < count + updates; i++) {
    const n = i % count;
    const id = 1000 + n;
    const version = i < count ? 1 : 2;
    const item = {
      id: String(id),
      guid: `00000000-0000-4000-8000-${String(id).padStart(12, "0")}`,
      version,
      fields: {
        Title: `Échéance ${n}${version > 1 ? " (modifiée)" : ""}`,
        CommuneLookupId: String(1 + (n % 2)),
        Echeance: `2026-${String(1 + (n % 12)).padStart(2, "0")}-15T00:00:00Z`,
        Categorie: "autre",
        MairieClientId: `bench-${n}`,
      },
      created: "2026-01-01T00:00:00Z",
      modified: "2026-01-01T00:00:00Z",
      seq: 1_000_000 + i,
    };
    lines.push(`${JSON.stringify({ t: "item", listId: list, item })}\n`);
    if (lines.length >= 10_000) flush();
  }
  flush();
  return dataDir;
}

function measure(dataDir: string): Run {
  // The journal as the store will find it, for the floor: the store rewrites its own copy.
  const journalCopy = `${dataDir}.journal.jsonl`;
  fs.copyFileSync(path.join(dataDir, "journal.jsonl"), journalCopy);
  const output = execFileSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", path.join(__dirname, "store-scale-run.ts"), dataDir, journalCopy],
    { encoding: "utf8", maxBuffer: 1024 * 1024 },
  );
  return JSON.parse(output.trim().split("\n").pop() ?? "{}") as Run;
}

const within = (large: number, small: number) => large <= 2 * small;

/** The embedded store at 1,000 and 100,000 items: each size measured in its own process. */
export const storeScale: Benchmark = {
  title: "Stockage local à l'échelle (1 000 et 100 000 éléments)",
  async run() {
    const loadBefore = loadavg()[0] ?? 0;
    const runs: Run[] = [];
    for (const size of SIZES) {
      const dataDir = await prepare(size);
      try {
        runs.push(measure(dataDir));
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
        fs.rmSync(`${dataDir}.journal.jsonl`, { force: true });
      }
    }
    const load = Math.round(Math.max(loadBefore, loadavg()[0] ?? 0) * 100) / 100;
    const [small, large] = runs;
    if (!small || !large) return [];
    const ratio = (value: number, floor: number) => Math.round((value / floor) * 100) / 100;
    const pair = (
      name: string,
      unit: string,
      pick: (run: Run) => number,
      goal?: (value: number) => boolean,
      goalText?: string,
    ): Figure[] => [
      { name: `${name}, 1 000 éléments`, value: pick(small), unit },
      {
        name: `${name}, 100 000 éléments`,
        value: pick(large),
        unit,
        goal: goalText ?? "≤ 2 × la mesure à 1 000",
        met: goal ? goal(pick(large)) : within(pick(large), pick(small)),
      },
    ];
    const floor = (name: string, pick: (run: Run) => number): Figure[] => [
      { name: `${name}, 1 000 éléments`, value: pick(small), unit: "ms" },
      { name: `${name}, 100 000 éléments`, value: pick(large), unit: "ms" },
    ];
    return [
      { name: "charge de la machine pendant la mesure (moyenne sur 1 min, la plus haute)", value: load, unit: "" },
      ...pair("$batch de 20 créations (médiane de 5)", "ms", (r) => r.batchMs),
      ...pair("lecture filtrée, première page (médiane de 5)", "ms", (r) => r.filteredMs),
      ...pair(
        "lecture complète par pages de 500",
        "ms",
        (r) => r.fullMs,
        (v) => v < 5000,
        "< 5 000 ms",
      ),
      ...floor("plancher : les mêmes pages servies par un serveur HTTP Node nu", (r) => r.fullFloorMs),
      {
        name: "rapport lecture complète / plancher, 100 000 éléments",
        value: ratio(large.fullMs, large.fullFloorMs),
        unit: "×",
      },
      ...pair(
        "démarrage (rejeu du journal, 1 % des éléments modifiés)",
        "ms",
        (r) => r.startMs,
        (v) => v < 3000,
        "< 3 000 ms",
      ),
      ...floor("plancher : JSON.parse ligne à ligne du même journal", (r) => r.startFloorMs),
      {
        name: "rapport démarrage / plancher, 100 000 éléments",
        value: ratio(large.startMs, large.startFloorMs),
        unit: "×",
      },
      ...pair(
        "temps processeur de la lecture complète (stockage et client)",
        "ms",
        (r) => r.fullCpuMs,
        (v) => v < 5000,
        "< 5 000 ms",
      ),
      ...pair(
        "temps processeur du démarrage",
        "ms",
        (r) => r.startCpuMs,
        (v) => v < 3000,
        "< 3 000 ms",
      ),
      ...pair("mémoire résidente après démarrage", "Mo", (r) => r.rssMb),
      ...pair("tas JavaScript après démarrage", "Mo", (r) => r.heapMb),
      { name: "éléments lus à 100 000 (contrôle)", value: large.items, unit: `éléments en ${large.pages} pages` },
    ];
  },
};
