// Builds the `mairie` bundle (dist/cli/mairie.js) when it is missing or older than a source it is made of. The
// build (about a second) happens once after an install or a change. exceljs stays outside the bundle, required only
// for a .xlsx.
//
// esbuild splits code only in ES module format; each chunk is then turned into CommonJS, which Node 20 loads through
// `require` without starting its ES module loader (about 13 ms of every run, a tenth of Node's own start). A command's
// chunk is still loaded only when that command runs: `import()` becomes a `require` behind a promise.
//
// The freshness check runs before every command, so it stats only the sources that command can execute: the
// bundle's entry chunk and everything the command's own chunk imports, statically or not (for `check-act`, about a
// third of the suite's sources). A source of another command that changed is picked up when that command runs: the
// whole bundle is rebuilt then, so a run never mixes two builds.
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const ENTRY = "cli/entry.ts";
/** What the bundle depends on besides its sources: the dependencies' versions and how it is built. */
const BUILD_INPUTS = ["package-lock.json", "tsconfig.json", "bin/cli-bundle.js"];

const outDir = (root) => path.join(root, "dist/cli");
const bundlePath = (root) => path.join(outDir(root), "mairie.js");

/** The sources `command` can execute, or every source for a help, an unknown command or no command. */
function isFresh(root, command) {
  try {
    const built = fs.statSync(bundlePath(root)).mtimeMs;
    const inputs = JSON.parse(fs.readFileSync(path.join(outDir(root), "inputs.json"), "utf8"));
    const sources = Object.hasOwn(inputs.byCommand, command) ? inputs.byCommand[command] : inputs.all;
    // A source that was deleted or moved has no stat: the bundle is rebuilt. The sources are relative paths with
    // forward slashes, which Node takes on every system; joining them by hand halves the check (path.join is the
    // costliest part of a cold statSync loop).
    return sources.every(
      (input) => (fs.statSync(`${root}/${input}`, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) <= built,
    );
  } catch {
    return false;
  }
}

/** esbuild's metafile as lists of sources: the whole bundle's, and each command chunk's with the entry chunk's. */
function sourceLists(metafile) {
  const ownSources = (inputs) =>
    // node_modules may be a symlink (a git worktree): its files then appear as ../…/node_modules/….
    inputs.filter((input) => !input.includes("node_modules/"));
  const chunkSources = (output, dynamic) => {
    const seen = new Set();
    const pending = [output];
    while (pending.length > 0) {
      const next = pending.pop();
      if (seen.has(next)) continue;
      seen.add(next);
      for (const { path: imported, kind } of metafile.outputs[next].imports) {
        if (metafile.outputs[imported] && (dynamic || kind === "import-statement")) pending.push(imported);
      }
    }
    return [...seen].flatMap((chunk) => Object.keys(metafile.outputs[chunk].inputs));
  };
  const outputs = Object.entries(metafile.outputs);
  const [main] = outputs.find(([, output]) => output.entryPoint === ENTRY);
  const always = chunkSources(main, false);
  const byCommand = {};
  for (const [name, output] of outputs) {
    const command = /^cli\/(?:commands\/)?([a-z-]+)\.ts$/.exec(output.entryPoint ?? "")?.[1];
    if (command && output.entryPoint !== ENTRY) {
      byCommand[command] = [...new Set([...ownSources([...always, ...chunkSources(name, true)]), ...BUILD_INPUTS])];
    }
  }
  return { all: [...ownSources(Object.keys(metafile.inputs)), ...BUILD_INPUTS], byCommand };
}

/** The bundle's path, built first if a source `command` can execute is newer (`root` is the suite's, or a test's). */
function ensureCliBundle(command, root = ROOT) {
  if (isFresh(root, command)) return bundlePath(root);
  const out = outDir(root);
  // Built into a fresh folder then renamed into place, so that two first runs at once never read a half-written one.
  const partial = `${out}.${process.pid}.tmp`;
  fs.rmSync(partial, { recursive: true, force: true });
  const esbuild = require("esbuild");
  const { metafile, outputFiles } = esbuild.buildSync({
    entryPoints: { mairie: path.join(root, ENTRY) },
    outdir: partial,
    bundle: true,
    // Each command in a chunk of its own: `check-act` never parses the budget readers.
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: ["exceljs"],
    minify: true,
    metafile: true,
    write: false,
    absWorkingDir: root,
    logLevel: "error",
  });
  fs.mkdirSync(partial, { recursive: true });
  for (const { path: file, text } of outputFiles) {
    const { code } = esbuild.transformSync(text, {
      format: "cjs",
      platform: "node",
      target: "node20",
      // `import("./chunk.js")` becomes a require behind a promise: the chunk is still loaded only when reached.
      supported: { "dynamic-import": false },
      minify: true,
      logLevel: "error",
    });
    fs.writeFileSync(file, code);
  }
  fs.writeFileSync(path.join(partial, "inputs.json"), JSON.stringify(sourceLists(metafile)));
  fs.rmSync(out, { recursive: true, force: true });
  fs.renameSync(partial, out);
  return bundlePath(root);
}

module.exports = { ensureCliBundle };
