import { spawnSync } from "node:child_process";
import path from "node:path";
import type { Benchmark } from "./figure";
import { sideBySideMedianMs } from "./figure";

const ROOT = path.resolve(__dirname, "../..");
const ACT = path.join(ROOT, "tests/fixtures/acts/valid.deliberation-tarifs-cantine.txt");
const RUNS = 15;
const GOAL_RATIO = 1.5;

function spawnNode(args: readonly string[]): void {
  const run = spawnSync(process.execPath, args, { cwd: ROOT });
  if (run.status === null || run.status > 1) throw new Error(`${args.join(" ")} : sortie ${String(run.status)}`);
}

/**
 * `mairie check-act` on a one-page act, end to end, beside the floor measured in the same run: starting Node itself
 * (`node -e 0`), the two run in turn. The bundle is built by the warm-up call when it is missing.
 */
export const cliStartup: Benchmark = {
  title: "Démarrage de la commande mairie",
  async run() {
    const [floor = 0, checkAct = 0] = await sideBySideMedianMs(RUNS, [
      () => spawnNode(["-e", "0"]),
      () => spawnNode([path.join(ROOT, "bin/mairie.js"), "check-act", ACT]),
    ]);
    const ratio = Math.round((checkAct / floor) * 100) / 100;
    return [
      { name: "node -e 0 (plancher, médiane)", value: Math.round(floor), unit: "ms" },
      { name: "mairie check-act sur un acte d'une page (médiane)", value: Math.round(checkAct), unit: "ms" },
      {
        name: "rapport check-act / plancher",
        value: ratio,
        unit: "×",
        goal: `≤ ${GOAL_RATIO}×`,
        met: ratio <= GOAL_RATIO,
      },
    ];
  },
};
