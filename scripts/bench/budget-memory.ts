import { execFileSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

/**
 * Peak resident memory (Mo) of a fresh Node process that reads `file` with the streaming reader, or runs the bare
 * saxes floor on it: both load the same modules, so the difference is what the reader keeps.
 */
export function peakMemoryMb(mode: "reader" | "floor", file: string): number {
  const code = `
    require("tsx/cjs/api").register();
    const { readFileSync } = require("node:fs");
    const bytes = readFileSync(${JSON.stringify(file)});
    const { DocumentBudgetaireStream } = require(${JSON.stringify(path.join(ROOT, "shared/io/budget/docbudg-reader.ts"))});
    // The reader places lines with every plan at hand, as it did when the plans were bundled with it.
    require(${JSON.stringify(path.join(ROOT, "shared/domain/budget/nomenclature/all-plans.ts"))}).registerAllPlans();
    const { bareSaxesPass } = require(${JSON.stringify(path.join(ROOT, "scripts/bench/budget-docbudg.ts"))});
    if (${JSON.stringify(mode)} === "reader") {
      const reader = new DocumentBudgetaireStream("bench.xml");
      for (let at = 0; at < bytes.length; at += 1 << 16) reader.write(bytes.subarray(at, at + (1 << 16)));
      reader.end();
    } else bareSaxesPass(bytes);
    process.stdout.write(String(process.resourceUsage().maxRSS));
  `;
  const kb = Number(execFileSync(process.execPath, ["-e", code], { cwd: ROOT, encoding: "utf8" }));
  return Math.round(kb / 102.4) / 10;
}
