import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { checkBudget, syntheticBudget } from "../../shared/domain/budget";
import { readDocumentBudgetaire } from "../../shared/io/budget";
import type { Benchmark, Figure } from "./figure";
import { medianMs } from "./figure";

const SAMPLES = path.resolve(__dirname, "../../../shared/data/budgets");
const TODAY = "2026-01-15";

function samples(): { name: string; bytes: Uint8Array }[] {
  return readdirSync(SAMPLES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const file = path.join(SAMPLES, d.name, "totem.xml");
      try {
        return [{ name: d.name, bytes: readFileSync(file) }];
      } catch {
        return [];
      }
    });
}

/** check-budget on synthetic budgets (linearity, the 200 ms goal) and on the real samples of shared/data/budgets. */
export const budget: Benchmark = {
  title: "Contrôle budgétaire",
  async run() {
    const figures: Figure[] = [];
    for (const lines of [10_000, 100_000]) {
      const document = syntheticBudget(lines);
      const ms = await medianMs(5, () => checkBudget(document, { today: TODAY }));
      figures.push({
        name: `check-budget, budget synthétique de ${lines} lignes`,
        value: ms,
        unit: "ms",
        goal: "< 200 ms",
        met: ms < 200,
      });
    }
    const real = samples();
    const largest = real.reduce(
      (a, b) => (b.bytes.length > a.bytes.length ? b : a),
      real[0] ?? { name: "", bytes: new Uint8Array() },
    );
    if (largest.name) {
      const read = await medianMs(3, () => readDocumentBudgetaire(largest.bytes, largest.name));
      figures.push({
        name: `import XML du plus gros échantillon (${largest.name}, ${Math.round(largest.bytes.length / 1024)} Ko)`,
        value: read,
        unit: "ms",
      });
    }
    for (const sample of real) {
      const document = readDocumentBudgetaire(sample.bytes, sample.name);
      const ms = await medianMs(5, () => checkBudget(document, { today: TODAY }));
      figures.push({
        name: `check-budget ${sample.name} (${document.lines.length} lignes)`,
        value: ms,
        unit: "ms",
        goal: "< 200 ms",
        met: ms < 200,
      });
    }
    return figures;
  },
};
