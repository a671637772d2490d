import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ACTS_DIR } from "@tests/fixtures/acts";
import { runCli } from "../run-cli.test-support";

const ACT = join(ACTS_DIR, "valid.deliberation-tarifs-cantine.txt");
const scratch = mkdtempSync(join(tmpdir(), "check-act-record-"));

function json(name: string, value: unknown): string {
  const file = join(scratch, name);
  writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
}

const run = (...argv: string[]) => runCli(["check-act", ...argv]);

interface JsonReport {
  findings: { rule: string; severity: string; message: string; ref: string }[];
}

const complete = {
  numero: "2025_031",
  classification: "7.10",
  documents: [{ name: "2025_031.pdf", size: 52000, role: "acte" }],
  autresNumeros: ["2025_030"],
};

describe("mairie check-act --record : l'enveloppe @CTES de l'acte", () => {
  it("sans --record, rien ne change : aucune règle TDT", async () => {
    const { status, lines } = await run("--population", "600", ACT);
    expect(status).toBe(0);
    expect(lines).toEqual(["1 fichier vérifié : 0 erreur, 0 avertissement, 0 information."]);
  });

  it("fiche incomplète : chaque défaut de l'enveloppe est une ligne TDT-*, sortie 1", async () => {
    const record = json("incomplete.json", { numero: "2025-031", objet: "Tarifs\nde la cantine" });
    const { status, out } = await run("--population", "600", "--record", record, ACT);
    expect(status).toBe(1);
    expect(out).toContain(`${ACT}: error TDT-NUMERO Numéro « 2025-031 » refusé par @CTES`);
    expect(out).toContain(`${ACT}: error TDT-OBJET L'objet contient un retour à la ligne`);
    expect(out).toContain(`${ACT}: error TDT-PDF Le dossier ne contient pas l'acte lui-même`);
    expect(out).toContain("(CGCT R2131-1 à R2131-4, cahier des charges @CTES)");
  });

  it("fiche complète : l'acte et son enveloppe passent, en JSON aussi", async () => {
    const { status, out } = await run(
      "--population",
      "600",
      "--json",
      "--record",
      json("complete.json", complete),
      ACT,
    );
    expect(status).toBe(0);
    const [report] = JSON.parse(out) as JsonReport[];
    expect(report?.findings.filter((f) => f.rule.startsWith("TDT-"))).toEqual([]);
  });

  it("numéro déjà pris et nomenclature de la préfecture chargée par --classification", async () => {
    const table = json("classification.json", {
      version: "49-2025",
      matieres: [
        { code: "7", libelle: "Finances locales", sousMatieres: [{ code: "7.1", libelle: "Décisions budgétaires" }] },
      ],
    });
    const record = json("doublon.json", { ...complete, autresNumeros: ["2025_031"] });
    const { status, out } = await run("--population", "600", "--record", record, "--classification", table, ACT);
    expect(status).toBe(1);
    expect(out).toContain("TDT-NUMERO-UNIQUE");
    expect(out).toContain("n'existe pas dans la nomenclature de la préfecture (version 49-2025)");
  });

  it.each([
    ["un JSON invalide", () => ["--record", json("bad.json", "{")], /n'est pas un JSON valide/],
    ["une date impossible", () => ["--record", json("date.json", { date: "2025-02-30" })], /\(date\) : date attendue/],
    ["un champ inconnu", () => ["--record", json("extra.json", { inconnu: 1 })], /Fiche de l'acte illisible/],
    ["--classification sans --record", () => ["--classification", json("c.json", {})], /s'emploie avec --record/],
    ["--record pour deux actes", () => ["--record", json("two.json", {}), ACT], /un seul fichier/],
    [
      "une fiche trop imbriquée",
      () => ["--record", json("deep.json", "[".repeat(50) + "]".repeat(50))],
      /trop imbriqué/,
    ],
  ])("refuse %s : sortie 2, une phrase française", async (_name, args, message) => {
    const { status, err } = await run(...args(), ACT);
    expect(status).toBe(2);
    expect(err.join("\n")).toMatch(message);
  });
});
