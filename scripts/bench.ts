import { formatFigure } from "./bench/figure";
import type { Benchmark } from "./bench/figure";
import { actCorpusBench } from "./bench/act-corpus";
import { budget } from "./bench/budget";
import { checkActBench } from "./bench/check-act";
import { cliStartup } from "./bench/cli-startup";
import { dataRequests } from "./bench/data-requests";
import { firstRender } from "./bench/first-render";
import { hostileFiles } from "./bench/hostile-files";
import { officeSyncs } from "./bench/office-syncs";
import { pageSize } from "./bench/page-size";
import { storeScale } from "./bench/store-scale";

/** Every benchmark of the suite, in one run: `npm run bench` prints one line a figure. */
const BENCHMARKS: readonly Benchmark[] = [
  pageSize,
  firstRender,
  officeSyncs,
  cliStartup,
  checkActBench,
  actCorpusBench,
  budget,
  dataRequests,
  storeScale,
  hostileFiles,
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
