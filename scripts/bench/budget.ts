import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkBudget, syntheticBudget } from "@shared/domain/budget";
import { registerAllPlans } from "@shared/domain/budget/nomenclature/all-plans";
import { readDocumentBudgetaire } from "@shared/io/budget";
import { bareSaxesPass, generatedDocumentBudgetaire } from "./budget-docbudg";
import { peakMemoryMb } from "./budget-memory";
import type { Benchmark, Figure } from "./figure";
import { medianMs, sideBySideMedianMs } from "./figure";

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
    registerAllPlans();
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
    const generated = {
      name: "budget généré de 100 000 lignes distinctes",
      bytes: generatedDocumentBudgetaire(100_000),
    };
    for (const input of largest.name ? [largest, generated] : [generated])
      figures.push(...(await readerFigures(input)));
    figures.push(cliFigure());
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

/** The streaming reader beside its floor, a bare saxes pass over the same bytes measured in the same run. */
async function readerFigures(input: { name: string; bytes: Uint8Array }): Promise<Figure[]> {
  const label = `${input.name}, ${Math.round(input.bytes.length / 1024)} Ko`;
  const [read = 0, floor = 0] = await sideBySideMedianMs(5, [
    () => readDocumentBudgetaire(input.bytes, "bench.xml"),
    () => bareSaxesPass(input.bytes),
  ]);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "mairie-bench-")), "budget.xml");
  writeFileSync(file, input.bytes);
  return [
    { name: `lecture DocumentBudgetaire en flux (${label})`, value: read, unit: "ms" },
    { name: `plancher : une passe saxes nue sur les mêmes octets (${label})`, value: floor, unit: "ms" },
    { name: `lecteur / plancher (${label})`, value: read / floor, unit: "×", goal: "≤ 2×", met: read / floor <= 2 },
    {
      name: `mémoire de pointe (RSS) : lecteur / plancher (${label})`,
      value: peakMemoryMb("reader", file),
      unit: `Mo (plancher ${peakMemoryMb("floor", file)} Mo)`,
    },
  ];
}

/** `mairie check-budget` end to end on a small DocumentBudgetaire, as the secretary runs it. */
function cliFigure(): Figure {
  const root = path.resolve(__dirname, "../..");
  const xml = path.join(root, "tests/fixtures/budgets/bp-desequilibre-tardif.xml");
  const times: number[] = [];
  for (let i = 0; i < 4; i++) {
    const start = process.hrtime.bigint();
    try {
      execFileSync(process.execPath, [path.join(root, "bin/mairie.js"), "check-budget", xml], { stdio: "ignore" });
    } catch {
      // Exit status 1: the fixture is defective on purpose; only the time counts here.
    }
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const ms = times.slice(1).sort((a, b) => a - b)[1] ?? 0;
  return {
    name: "mairie check-budget de bout en bout, petit XML (9 lignes)",
    value: ms,
    unit: "ms",
    goal: "< 500 ms",
    met: ms < 500,
  };
}
