#!/usr/bin/env node
// The CLI is written in TypeScript like the rest of the suite. It runs from one bundle, built by esbuild on the first
// run (and again when a source is newer than it), so that `npx mairie` works straight after `npm install` with no
// build command, and each later call starts as plain JavaScript.
const { ensureCliBundle } = require("./cli-bundle.js");

const { pathToFileURL } = require("node:url");

void import(pathToFileURL(ensureCliBundle()).href).then(({ main, systemClock }) =>
  main(process.argv.slice(2), {
    out: (text) => process.stdout.write(text + "\n"),
    err: (text) => process.stderr.write(text + "\n"),
    // The law counts days in Paris: after midnight in Paris it is already the next day, whatever UTC says.
    today: systemClock.today(),
  }).then((status) => {
    process.exitCode = status;
  }),
);
