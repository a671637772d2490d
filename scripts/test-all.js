// `npm test`: every stage of the check, in order, each run even when an earlier one failed unless it needs that
// stage's output (the browser journeys need the build). The summary names each stage and what became of it, so a
// failure never hides the stages that did not run, and ends with the plain line CI reads: "N passed, N failed".
// A stage that is not a jest run (lint, format, types, build) counts as one test; a jest stage counts its tests,
// and as one failure when it crashed before writing its results or did not run.
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
// The pages npm test builds and drives go to a folder of their own: a running `npm start` (which serves dist/app)
// keeps its pages, and a test run never serves what `npm start` is rebuilding.
const env = { ...process.env, MAIRIE_APP_DIR: process.env.MAIRIE_APP_DIR ?? "dist/test-app" };
const artifacts = path.join(root, "tests/artifacts");
fs.mkdirSync(artifacts, { recursive: true });

const jest = (projects, output, extra = []) => [
  "npx",
  ["jest", "--selectProjects", ...projects, ...extra, "--json", `--outputFile=${path.join(artifacts, output)}`],
];
const stages = [
  { name: "lint", label: "analyse statique (ESLint)", run: ["npx", ["eslint", "--max-warnings=0", "."]] },
  { name: "format", label: "mise en forme (Prettier)", run: ["npx", ["prettier", "--check", "--log-level=warn", "."]] },
  { name: "types", label: "vérification des types", run: ["npm", ["run", "--silent", "typecheck"]] },
  {
    name: "unit",
    label: "tests unitaires, interface et propriétés",
    run: jest(["unit", "ui", "property"], "jest-unit.json"),
    results: "jest-unit.json",
  },
  { name: "build", label: "construction des pages", run: ["npm", ["run", "--silent", "build"]] },
  {
    name: "e2e",
    label: "parcours navigateur (Chromium)",
    needs: "build",
    run: jest(["e2e"], "jest-e2e.json", ["--runInBand"]),
    results: "jest-e2e.json",
  },
];

const only = process.argv.slice(2);
const outcome = new Map();
let passed = 0;
let failed = 0;
for (const stage of stages) {
  if (only.length > 0 && !only.includes(stage.name)) {
    outcome.set(stage.name, "non demandée");
    continue;
  }
  if (stage.needs && outcome.get(stage.needs) !== "réussie") {
    outcome.set(stage.name, `non lancée (« ${stages.find((s) => s.name === stage.needs).label} » n'a pas réussi)`);
    failed += 1;
    continue;
  }
  if (stage.results) fs.rmSync(path.join(artifacts, stage.results), { force: true });
  console.log(`\n▶ ${stage.label}`);
  const [command, args] = stage.run;
  const status = spawnSync(command, args, { cwd: root, stdio: "inherit", env }).status;
  outcome.set(stage.name, status === 0 ? "réussie" : "échouée");
  if (!stage.results) {
    if (status === 0) passed += 1;
    else failed += 1;
    continue;
  }
  const file = path.join(artifacts, stage.results);
  if (!fs.existsSync(file)) {
    outcome.set(stage.name, "échouée avant d'écrire ses résultats");
    failed += 1;
    continue;
  }
  const results = JSON.parse(fs.readFileSync(file, "utf8"));
  passed += results.numPassedTests;
  failed += results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0);
}

console.log("\nÉtapes de npm test :");
for (const stage of stages) console.log(`  ${stage.label} : ${outcome.get(stage.name)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
