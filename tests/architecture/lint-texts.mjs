// Lints texts as if they stood at given paths of the repository, with the project's ESLint configuration, and prints
// the rule ids each one breaks as JSON. Jest cannot load ESLint's ESM configuration itself, hence this child process.
import { ESLint } from "eslint";
import { readFileSync } from "node:fs";

const cases = JSON.parse(readFileSync(0, "utf8"));
const eslint = new ESLint({ cwd: process.cwd() });
const results = [];
for (const { filePath, code } of cases) {
  const [result] = await eslint.lintText(code, { filePath });
  results.push([...new Set(result.messages.map((m) => m.ruleId ?? m.message))].sort());
}
process.stdout.write(JSON.stringify(results));
