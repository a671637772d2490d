/** One measured figure, printed on its own line by `npm run bench`. */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The target, in words, as the issue states it ("< 200 ms"). */
  readonly goal?: string;
  /** Whether the target is met; absent when the figure has no target. */
  readonly met?: boolean;
}

export interface Benchmark {
  readonly title: string;
  run(): Promise<Figure[]>;
}

export function formatFigure(figure: Figure): string {
  const value = Number.isInteger(figure.value) ? String(figure.value) : figure.value.toFixed(2);
  const goal = figure.goal
    ? ` (objectif ${figure.goal}${figure.met === undefined ? "" : figure.met ? " : atteint" : " : NON atteint"})`
    : "";
  return `${figure.name}: ${value} ${figure.unit}${goal}`;
}

/** Median wall time of `runs` calls, after one warm-up call. */
export async function medianMs(runs: number, work: () => unknown): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/**
 * Median wall time of each of `works`, called in turn `runs` times after one warm-up call each: a figure and its floor
 * measured side by side share whatever load the machine is under, instead of one meeting a quiet minute and the other
 * a busy one.
 */
export async function sideBySideMedianMs(runs: number, works: readonly (() => unknown)[]): Promise<number[]> {
  for (const work of works) await work();
  const times = works.map((): number[] => []);
  for (let i = 0; i < runs; i++)
    for (const [k, work] of works.entries()) {
      const start = process.hrtime.bigint();
      await work();
      times[k]?.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  return times.map((t) => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)] ?? 0);
}
