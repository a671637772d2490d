import { readFileSync } from "node:fs";
import { readDocxText } from "@shared/io/docx";
import { readPlanFile } from "@shared/io/plan";

/** Reads one hostile file in a fresh process and prints how long its refusal took and the process's peak memory. */
async function main(): Promise<void> {
  const [kind = "", file = ""] = process.argv.slice(2);
  const start = process.hrtime.bigint();
  let refused = false;
  try {
    if (kind === "docx") await readDocxText(new Uint8Array(readFileSync(file)), file);
    else await readPlanFile(file);
  } catch {
    refused = true;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(JSON.stringify({ ms, peakMb: Math.round(process.resourceUsage().maxRSS / 102.4) / 10, refused }));
}

void main();
