import { readFileSync } from "node:fs";
import path from "node:path";
import { checkAct } from "@shared/domain/acts";
import type { Benchmark, Figure } from "./figure";
import { medianMs } from "./figure";

const FIXTURE = path.resolve(__dirname, "../../tests/fixtures/acts/valid.deliberation-tarifs-cantine.txt");
// About 3,000 characters make a page of an act.
const PAGE = 3000;

/** A délibération of `pages` pages: the real fixture's frame, with its considérants repeated in the middle. */
function actOf(pages: number): string {
  const lines = readFileSync(FIXTURE, "utf8").split("\n");
  const cut = lines.findIndex((l) => /^Considérant/.test(l));
  const filler = lines.filter((l) => /^(Considérant|Vu )/.test(l)).join("\n");
  const body: string[] = [];
  for (let size = 0; size < pages * PAGE; size += filler.length + 1) body.push(filler);
  return [...lines.slice(0, cut), ...body, ...lines.slice(cut)].join("\n");
}

/** check-act throughput: goal under 50 ms for a 100-page act, linear in its length. */
export const checkActBench: Benchmark = {
  title: "Contrôle des actes",
  async run() {
    const figures: Figure[] = [];
    const perPage: number[] = [];
    for (const pages of [10, 100]) {
      const text = actOf(pages);
      const ms = await medianMs(7, () => checkAct(text, { today: "2026-01-15" }));
      perPage.push(ms / pages);
      figures.push({
        name: `check-act, délibération de ${pages} pages (${Math.round(text.length / 1024)} Ko)`,
        value: ms,
        unit: "ms",
        goal: "< 50 ms",
        met: ms < 50,
      });
    }
    const [small = 0, large = 0] = perPage;
    figures.push({
      name: "check-act, coût par page à 100 pages rapporté à 10 pages",
      value: large / small,
      unit: "×",
      goal: "≈ 1 (linéaire)",
      met: large / small < 2,
    });
    return figures;
  },
};
