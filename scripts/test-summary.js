// Prints jest's results as the plain closing line CI reads: "N passed, N failed". npm test runs the unit and UI
// projects first, then the browser journeys alone (they time out when they compete with unit workers on 2 cores);
// a part that did not run, or crashed before writing its results, counts as one failure.
const fs = require("node:fs");
const path = require("node:path");

let passed = 0;
let failed = 0;
for (const part of ["jest-unit.json", "jest-e2e.json"]) {
  const file = path.resolve(__dirname, "../tests/artifacts", part);
  if (!fs.existsSync(file)) {
    failed += 1;
    continue;
  }
  const results = JSON.parse(fs.readFileSync(file, "utf8"));
  passed += results.numPassedTests;
  failed += results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0);
}
console.log(`${passed} passed, ${failed} failed`);
