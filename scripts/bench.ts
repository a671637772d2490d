import { formatFigure } from "./bench/figure";
import type { Benchmark } from "./bench/figure";
import { actCorpusBench } from "./bench/act-corpus";
import { budget } from "./bench/budget";
import { checkActBench } from "./bench/check-act";
import { dataRequests } from "./bench/data-requests";
import { firstRender } from "./bench/first-render";
import { officeSyncs } from "./bench/office-syncs";
import { pageSize } from "./bench/page-size";

/** Every benchmark of the suite, in one run: `npm run bench` prints one line a figure. */
const BENCHMARKS: readonly Benchmark[] = [
  pageSize,
  firstRender,
  officeSyncs,
  checkActBench,
  actCorpusBench,
  budget,
  dataRequests,
];

async function main(): Promise<void> {
  for (const bench of BENCHMARKS) {
    console.log(`# ${bench.title}`);
    try {
      for (const figure of await bench.run()) console.log(formatFigure(figure));
    } catch (error) {
      console.log(`(mesure impossible : ${error instanceof Error ? error.message : String(error)})`);
    }
  }
}

void main();
