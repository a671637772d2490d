import { execFileSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import type { Benchmark } from "./figure";

/** Inflated size of the zip bomb: past the reader's 32 MB limit, small once compressed. */
const BOMB_INFLATED = 64 * 1024 * 1024;
const HUGE_PLAN_MB = 200;

interface Refusal {
  readonly ms: number;
  readonly peakMb: number;
  readonly refused: boolean;
}

/** Each file is read in a process of its own, so that the peak memory is the reader's, not the bench's. */
function refusal(kind: "docx" | "plan", file: string): Refusal {
  const output = execFileSync(
    process.execPath,
    ["--import", "tsx", path.join(__dirname, "hostile-files-run.ts"), kind, file],
    { encoding: "utf8" },
  );
  return JSON.parse(output.trim().split("\n").pop() ?? "{}") as Refusal;
}

/** Hostile files given to `mairie`: how fast, and within what memory, each is refused. */
export const hostileFiles: Benchmark = {
  title: "Fichiers hostiles (temps du refus, pic de mémoire du processus qui lit)",
  async run() {
    const dir = mkdtempSync(path.join(tmpdir(), "mairie-hostile-"));
    try {
      const zip = new JSZip();
      zip.file("word/document.xml", "<w:p/>".repeat(BOMB_INFLATED / 6));
      const bomb = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
      const bombFile = path.join(dir, "piege.docx");
      writeFileSync(bombFile, bomb);
      const planFile = path.join(dir, "plan.json");
      const fd = openSync(planFile, "w");
      const megabyte = Buffer.alloc(1024 * 1024, "[");
      for (let i = 0; i < HUGE_PLAN_MB; i++) writeSync(fd, megabyte);
      closeSync(fd);
      const docx = refusal("docx", bombFile);
      const plan = refusal("plan", planFile);
      return [
        {
          name: `.docx de ${Math.round(bomb.length / 1024)} Ko gonflant à 64 Mo`,
          value: docx.ms,
          unit: "ms",
          goal: "refusé",
          met: docx.refused,
        },
        { name: "  pic de mémoire de ce processus", value: docx.peakMb, unit: "Mo" },
        { name: `plan JSON de ${HUGE_PLAN_MB} Mo`, value: plan.ms, unit: "ms", goal: "refusé", met: plan.refused },
        { name: "  pic de mémoire de ce processus", value: plan.peakMb, unit: "Mo" },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
