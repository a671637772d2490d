import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { FileReport } from "../command";
import { runCli } from "../run-cli.test-support";

const ROOT = join(__dirname, "../..");
const FIXTURES = join(ROOT, "tests/fixtures/seances");
const fixture = (name: string) => join(FIXTURES, name);

const run = (...argv: string[]) => runCli(["check-seance", ...argv], "2025-10-01");

function tempJson(content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), "seance-")), "seance.json");
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

describe("mairie check-seance", () => {
  it("séance régulière d'une petite commune : aucun constat, sortie 0", async () => {
    const { status, out } = await run(fixture("petite-commune-reguliere.json"));
    expect(status).toBe(0);
    expect(out).toBe("1 fichier vérifié : 0 erreur, 0 avertissement, 0 information.");
  });

  it("convocation tardive et quorum perdu : erreurs localisées, sortie 1", async () => {
    const { status, out } = await run("--json", fixture("convocation-tardive-quorum-perdu.json"));
    expect(status).toBe(1);
    const [report] = JSON.parse(out) as FileReport[];
    expect(report?.kind).toBe("seance");
    const found = report?.findings.map((f) => [f.rule, f.severity, f.at?.path]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["CM-007", "error", "convocation.sentOn"],
        ["CM-007", "error", "convocation.noteDeSynthese"],
        ["CM-012", "error", "points[1]"],
        ["CM-014", "error", "procurations[1]"],
        ["CM-020", "error", "points[2].scrutin"],
      ]),
    );
    expect(report?.findings.find((f) => f.rule === "CM-012")).toMatchObject({
      ref: "CGCT L2121-17",
      message: expect.stringContaining("14 membres pouvant délibérer pour 15 requis"),
    });
  });

  it("ligne de texte : fichier, gravité, règle, message, référence", async () => {
    const { out } = await run(fixture("convocation-tardive-quorum-perdu.json"));
    expect(out.split("\n")[0]).toMatch(
      /^.*convocation-tardive-quorum-perdu\.json: error CM-007 Convocation envoyée le 09\/06\/2025 .* \(CGCT L2121-12\)$/,
    );
  });

  it("Alsace-Moselle : trois jours suffisent même au-delà de 3 500 habitants", async () => {
    expect((await run(fixture("alsace-moselle.json"))).status).toBe(0);
    const seance = JSON.parse(readFileSync(fixture("alsace-moselle.json"), "utf8")) as {
      commune: Record<string, unknown>;
    };
    delete seance.commune.departement;
    const elsewhere = await run("--json", tempJson(seance));
    expect(elsewhere.status).toBe(1);
    expect((JSON.parse(elsewhere.out) as FileReport[])[0]?.findings.map((f) => f.rule)).toEqual(["CM-007"]);
    expect((await run("--departement", "57", tempJson(seance))).status).toBe(0);
  });

  it("--date applique le droit d'une autre date", async () => {
    const { out } = await run("--json", "--date", "2021-01-15", fixture("convocation-tardive-quorum-perdu.json"));
    const rules = (JSON.parse(out) as FileReport[])[0]?.findings.map((f) => f.rule);
    expect(rules).not.toContain("CM-014");
    expect(rules).not.toContain("CM-024");
  });

  it.each([
    ["un JSON malformé", () => tempJson('{ "date": '), /n'est pas un JSON valide/],
    [
      "une séance non conforme au schéma",
      () => fixture("malformee.json"),
      /points\[0\]\.vote\.pour : .*nombre attendu/,
    ],
    ["un fichier absent", () => join(FIXTURES, "absent.json"), /Fichier introuvable/],
  ])("refuse %s : une ligne en français, sortie 2", async (_name, file, message) => {
    const { status, errText: err, out } = await run(file());
    expect(status).toBe(2);
    expect(err).toMatch(message);
    expect(err.split("\n")).toHaveLength(1);
    expect(out).toBe("");
  });

  it("--schema imprime le schéma de docs/seance.schema.json, qui valide les exemples", async () => {
    const { status, out } = await run("--schema");
    expect(status).toBe(0);
    const schema = JSON.parse(out) as Record<string, unknown>;
    expect(schema).toEqual(JSON.parse(readFileSync(join(ROOT, "docs/seance.schema.json"), "utf8")));
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    for (const name of [
      "petite-commune-reguliere.json",
      "convocation-tardive-quorum-perdu.json",
      "alsace-moselle.json",
    ]) {
      expect(validate(JSON.parse(readFileSync(fixture(name), "utf8")))).toBe(true);
    }
    expect(validate(JSON.parse(readFileSync(fixture("malformee.json"), "utf8")))).toBe(false);
  });
});
