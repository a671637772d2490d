// Prints jest's result as the plain closing line CI reads: "N passed, N failed".
const fs = require("node:fs");
const path = require("node:path");

const file = path.resolve(__dirname, "../tests/artifacts/jest-results.json");
if (!fs.existsSync(file)) {
  console.log("0 passed, 1 failed");
  process.exit(0);
}
const results = JSON.parse(fs.readFileSync(file, "utf8"));
const failed = results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0);
console.log(`${results.numPassedTests} passed, ${failed} failed`);
