import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** `npx mairie` as a user runs it: bin/mairie.js, its bundle built on the first run, no build command. */
const ROOT = path.resolve(__dirname, "../..");
const FIXTURE = path.join(ROOT, "tests/fixtures/acts/invalid.vote-impossible.txt");

/** A preload that prints, when the process ends, whether exceljs was ever loaded. */
function exceljsProbe(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "mairie-probe-")), "probe.js");
  writeFileSync(
    file,
    `const Module = require("node:module");
const load = Module._load;
let loaded = false;
Module._load = function (request, ...rest) {
  if (request === "exceljs") loaded = true;
  return load.call(this, request, ...rest);
};
process.on("exit", () => process.stderr.write("exceljs chargé : " + loaded + "\\n"));`,
  );
  return file;
}

function mairie(args: readonly string[], preload?: string) {
  return spawnSync(process.execPath, [...(preload ? ["-r", preload] : []), path.join(ROOT, "bin/mairie.js"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
}

describe("bin/mairie.js", () => {
  it("vérifie un acte depuis le paquet, sans commande de construction, et sort en 1 sur une erreur", () => {
    const run = mairie(["check-act", FIXTURE]);
    expect(run.stdout).toMatch(/error CM-018 .*vote impossible/);
    expect(run.stdout).toMatch(/1 fichier vérifié/);
    expect(run.status).toBe(1);
  });

  it("ne charge pas exceljs pour vérifier un acte", () => {
    const run = mairie(["check-act", FIXTURE], exceljsProbe());
    expect(run.stderr).toContain("exceljs chargé : false");
  });
});
