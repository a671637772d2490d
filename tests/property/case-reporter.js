// Jest reporter that prints how many generated cases the property tests ran (issue: "report how many cases ran").
// Test files run in workers spawned after reporters are built, so the environment variable set here reaches them;
// each property appends its count to the file, read back once the run is complete.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

class PropertyCaseReporter {
  constructor() {
    this.file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mairie-cases-")), "cases.txt");
    fs.writeFileSync(this.file, "");
    process.env.MAIRIE_PROPERTY_CASES = this.file;
  }

  onRunComplete() {
    const counts = fs.readFileSync(this.file, "utf8").split("\n").filter(Boolean).map(Number);
    fs.rmSync(path.dirname(this.file), { recursive: true, force: true });
    if (counts.length === 0) return;
    const total = counts.reduce((sum, n) => sum + n, 0);
    process.stdout.write(`Tests de propriété : ${total} cas générés en ${counts.length} propriétés.\n`);
  }
}

module.exports = PropertyCaseReporter;
