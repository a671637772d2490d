#!/usr/bin/env node
// The CLI is written in TypeScript like the rest of the suite. It runs from one bundle, built by esbuild on the first
// run (and again when a source is newer than it), so that `npx mairie` works straight after `npm install` with no
// build command, and each later call starts as plain JavaScript.
const { ensureCliBundle } = require("./cli-bundle.js");

const argv = process.argv.slice(2);
const { main, parisToday } = require(ensureCliBundle(argv[0]));
void main(argv, {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(text + "\n"),
  // The law counts days in Paris: after midnight in Paris it is already the next day, whatever UTC says.
  today: parisToday(),
}).then((status) => {
  process.exitCode = status;
});
