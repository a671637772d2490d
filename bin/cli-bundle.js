// Builds the `mairie` bundle (dist/cli/mairie.cjs) when it is missing or older than a source it is made of. The
// check stats only the files esbuild reported as the bundle's inputs (a few milliseconds); the build itself (about a
// second) happens once after an install or a change. exceljs stays outside the bundle, required only for a .xlsx.
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const ENTRY = path.join(ROOT, "shared/cli/entry.ts");
const BUNDLE = path.join(ROOT, "dist/cli/mairie.cjs");
const INPUTS = path.join(ROOT, "dist/cli/mairie.inputs.json");

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
  const partial = `${BUNDLE}.${process.pid}.tmp`;
  const { metafile } = require("esbuild").buildSync({
    entryPoints: [ENTRY],
    outfile: partial,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["exceljs"],
    minify: true,
    metafile: true,
    absWorkingDir: ROOT,
    logLevel: "error",
  });
  const inputs = Object.keys(metafile.inputs).filter((input) => !input.startsWith("node_modules/"));
  fs.writeFileSync(INPUTS, JSON.stringify([...inputs, "package-lock.json"]));
  // Renamed into place, so that two first runs at once never read a half-written bundle.
  fs.renameSync(partial, BUNDLE);
  return BUNDLE;
}

module.exports = { ensureCliBundle, BUNDLE };
