import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Benchmark, Figure } from "./figure";

const APP = path.resolve(__dirname, "../..", process.env["MAIRIE_APP_DIR"] ?? "dist/app");
const LIMIT_KB = 200;

/** Gzipped JavaScript of each page, as built by `npm run build` (run it first). */
export const pageSize: Benchmark = {
  title: "Poids des pages",
  async run() {
    const files = readdirSync(APP);
    return ["word", "excel", "teams"].map((page): Figure => {
      const scripts = files.filter((f) => f.startsWith(`${page}.`) && f.endsWith(".js"));
      const bytes = scripts.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(APP, f))).length, 0);
      const kb = Math.round(bytes / 102.4) / 10;
      return {
        name: `premier script de ${page}.html (gzip ; ce qu'il charge ensuite au démarrage : voir « premier affichage »)`,
        value: kb,
        unit: "Ko",
        goal: `< ${LIMIT_KB} Ko`,
        met: kb < LIMIT_KB,
      };
    });
  },
};
