import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * bin/cli-bundle.js on a two-command project of its own: a source change is picked up by the next run of a command
 * that executes it, and the check before a command stats only that command's sources.
 */
const CLI_BUNDLE = path.resolve(__dirname, "../../bin/cli-bundle.js");
const root = mkdtempSync(path.join(tmpdir(), "mairie-cli-bundle-"));

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

/** ensureCliBundle as bin/mairie.js calls it, in a Node of its own; returns the built code and the bundle's mtime. */
function run(command: string | undefined) {
  const script = `require(${JSON.stringify(CLI_BUNDLE)}).ensureCliBundle(${JSON.stringify(command)}, ${JSON.stringify(root)})`;
  const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  expect(child.stderr).toBe("");
  const out = path.join(root, "dist/cli");
  const code = readdirSync(out)
    .filter((file) => file.endsWith(".js"))
    .map((file) => readFileSync(path.join(out, file), "utf8"))
    .join("\n");
  return { code, built: statSync(path.join(out, "mairie.js")).mtimeMs };
}

beforeAll(() => {
  write("package-lock.json", "{}");
  write("tsconfig.json", "{}");
  write("bin/cli-bundle.js", "");
  write(
    "cli/entry.ts",
    'export const COMMANDS = { a: () => import("./commands/a"), b: () => import("./commands/b") };',
  );
  write("cli/commands/a.ts", 'export const said = "a-premier";');
  write("cli/commands/b.ts", 'export const said = "b-premier";');
});

describe("bin/cli-bundle.js", () => {
  it("reconstruit le bundle quand une source de la commande lancée a changé, au lancement suivant", () => {
    const first = run("a");
    expect(first.code).toContain("a-premier");

    write("cli/commands/a.ts", 'export const said = "a-second";');
    const again = run("a");
    expect(again.code).toContain("a-second");
    expect(again.code).not.toContain("a-premier");
  });

  it("ne regarde pas les sources des autres commandes, que leur propre lancement reprend", () => {
    const before = run("a");
    write("cli/commands/b.ts", 'export const said = "b-second";');
    expect(run("a").built).toBe(before.built);
    expect(run("b").code).toContain("b-second");
  });

  it("reprend toute source pour une commande inconnue ou l'aide, et après un changement de l'entrée", () => {
    write("cli/commands/b.ts", 'export const said = "b-troisieme";');
    expect(run(undefined).code).toContain("b-troisieme");
    write("cli/entry.ts", 'export const COMMANDS = { a: () => import("./commands/a") }; export const v = "entree-2";');
    expect(run("a").code).toContain("entree-2");
  });
});
