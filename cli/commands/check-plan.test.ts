import { formatMoney } from "@shared/domain/common/money";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FinancingPlan } from "@shared/domain/subsidies";
import { writePlanWorkbook } from "@shared/io/plan";
import { runCli } from "../run-cli.test-support";

const FIXTURES = join(__dirname, "../../tests/fixtures/plans");
const fixture = (name: string) => join(FIXTURES, name);

const run = (...argv: string[]) => runCli(["check-plan", ...argv]);

describe("mairie check-plan", () => {
  it("sort en 0 sur le plan DETR + département équilibré", async () => {
    const { status, lines } = await run(fixture("equilibre-detr-departement.json"));
    expect(status).toBe(0);
    expect(lines).toEqual([
      `${fixture("equilibre-detr-departement.json")}: info PLAN-PF-06 DETR accordée : le versement final sera 30 % de la dépense réelle HT, plafonné à ${formatMoney(60_000_00)}. (CGCT R2334-30)`,
      "1 fichier vérifié : 0 erreur, 0 avertissement, 1 information.",
    ]);
  });

  it.each([
    ["participation-sous-20.json", ["PLAN-PARTICIPATION-MIN"]],
    ["detr-hors-bornes.json", ["PLAN-PARTICIPATION-MIN", "PLAN-TAUX-FINANCEUR", "PLAN-TAUX-FINANCEUR"]],
    ["commencement-avant-demande.json", ["PLAN-COMMENCEMENT"]],
  ])("sort en 1 sur %s", async (file, errors) => {
    const { status, out } = await run("--json", fixture(file));
    expect(status).toBe(1);
    const [report] = JSON.parse(out) as [{ kind: string; findings: { rule: string; severity: string }[] }];
    expect(report.kind).toBe("plan");
    expect(report.findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(errors);
  });

  it("signale le mélange HT/TTC, qui déséquilibre le plan sur sa base HT", async () => {
    const { status, lines } = await run(fixture("melange-ht-ttc.json"));
    expect(status).toBe(1);
    expect(lines.filter((l) => l.includes(": warning PLAN-HT-TTC"))).toHaveLength(2);
    expect(lines.filter((l) => l.includes(": error PLAN-EQUILIBRE"))).toHaveLength(1);
    expect(lines.at(-1)).toBe("1 fichier vérifié : 1 erreur, 3 avertissements, 1 information.");
  });

  it("lit la feuille du classeur et situe chaque constat dans sa cellule", async () => {
    const plan = JSON.parse(readFileSync(fixture("detr-hors-bornes.json"), "utf8")) as FinancingPlan;
    const file = join(mkdtempSync(join(tmpdir(), "check-plan-")), "plan.xlsx");
    writeFileSync(file, Buffer.from(await writePlanWorkbook(plan)));
    const { status, out } = await run("--json", file);
    expect(status).toBe(1);
    const [report] = JSON.parse(out) as [{ file: string; findings: { rule: string; at?: object }[] }];
    expect(report.file).toBe(file);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: "PLAN-TAUX-FINANCEUR",
        severity: "error",
        ref: expect.stringContaining("R2334-27"),
        at: { path: "funders[0]", sheet: "Plan de financement", cell: "A22" },
      }),
    );
  });

  it("prend le département de --departement quand le plan ne le donne pas", async () => {
    const plan = JSON.parse(readFileSync(fixture("equilibre-detr-departement.json"), "utf8")) as FinancingPlan;
    const under = {
      ...plan,
      commune: {},
      funders: [...plan.funders, { kind: "region", amountCents: 70_000_00, status: "demande" }],
      autofinancementCents: 0,
      empruntCents: 30_000_00,
    };
    const file = join(mkdtempSync(join(tmpdir(), "check-plan-")), "outre-mer.json");
    writeFileSync(file, JSON.stringify(under));
    expect((await run(file)).status).toBe(1);
    expect((await run("--departement", "974", file)).status).toBe(0);
  });

  it.each([
    ["un fichier absent", ["absent.json"], /^mairie : Fichier introuvable : absent\.json\.$/],
    ["un JSON mal formé", [join(FIXTURES, "build-plan.ts")], /format non pris en charge/],
    ["deux fichiers", [fixture("melange-ht-ttc.json"), fixture("participation-sous-20.json")], /un seul fichier/],
  ])("sort en 2 sur %s", async (_name, argv, message) => {
    const { status, err, out } = await run(...argv);
    expect(status).toBe(2);
    expect(out).toBe("");
    expect(err).toEqual([expect.stringMatching(message)]);
  });

  it("sort en 2 avec le champ fautif d'un JSON invalide ou illisible", async () => {
    const dir = mkdtempSync(join(tmpdir(), "check-plan-"));
    writeFileSync(join(dir, "casse.json"), '{ "basis": ');
    writeFileSync(
      join(dir, "faux.json"),
      JSON.stringify({
        basis: "HT",
        project: { title: "Salle" },
        depenses: [{ label: "Travaux", htCents: "cent", ttcCents: 120 }],
      }),
    );
    const broken = await run(join(dir, "casse.json"));
    expect(broken.status).toBe(2);
    expect(broken.err[0]).toMatch(/casse\.json n'est pas un JSON valide/);
    const invalid = await run(join(dir, "faux.json"));
    expect(invalid.status).toBe(2);
    expect(invalid.err[0]).toMatch(
      /faux\.json, champ montant HT de la dépense n° 1 : un montant en centimes est attendu .*\(reçu : « cent »\)/,
    );
  });
});
