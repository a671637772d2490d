// Builds the `mairie` bundle (dist/cli/mairie.cjs) when it is missing or older than a source it is made of. The
// check stats only the files esbuild reported as the bundle's inputs (a few milliseconds); the build itself (about a
// second) happens once after an install or a change. exceljs stays outside the bundle, required only for a .xlsx.
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const ENTRY = path.join(ROOT, "cli/entry.ts");
const OUT = path.join(ROOT, "dist/cli");
const BUNDLE = path.join(OUT, "mairie.mjs");
const INPUTS = path.join(OUT, "inputs.json");

function isFresh() {
  try {
    const built = fs.statSync(BUNDLE).mtimeMs;
    const inputs = JSON.parse(fs.readFileSync(INPUTS, "utf8"));
    // A source that was deleted or moved makes statSync throw: the bundle is rebuilt.
    return inputs.every((input) => fs.statSync(path.join(ROOT, input)).mtimeMs <= built);
  } catch {
    return false;
  }
}

function ensureCliBundle() {
  if (isFresh()) return BUNDLE;
  // Built into a fresh folder then renamed into place, so that two first runs at once never read a half-written one.
  const partial = `${OUT}.${process.pid}.tmp`;
  fs.rmSync(partial, { recursive: true, force: true });
  const { metafile } = require("esbuild").buildSync({
    entryPoints: { mairie: ENTRY },
    outdir: partial,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    // Each command in a chunk of its own: `check-act` never parses the budget readers.
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: ["exceljs"],
    // exceljs is CommonJS: the bundle reaches it through a require of its own.
    banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
    minify: true,
    metafile: true,
    absWorkingDir: ROOT,
    logLevel: "error",
  });
  const inputs = Object.keys(metafile.inputs).filter((input) => !input.startsWith("node_modules/"));
  fs.writeFileSync(path.join(partial, "inputs.json"), JSON.stringify([...inputs, "package-lock.json"]));
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.renameSync(partial, OUT);
  return BUNDLE;
}

module.exports = { ensureCliBundle, BUNDLE };
