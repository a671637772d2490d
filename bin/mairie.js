#!/usr/bin/env node
// The CLI is written in TypeScript like the rest of the suite; tsx compiles it on the fly so that
// `npx mairie` works straight after `npm install`, with no build step.
require("tsx/cjs/api").register();
const { main } = require("../shared/cli/main.ts");

const today = new Date().toISOString().slice(0, 10);
main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(text + "\n"),
  today,
}).then((status) => {
  process.exitCode = status;
});
