import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../run-cli.test-support";

const FIXTURES = join(__dirname, "../../tests/fixtures/budgets");
const SAMPLES = join(__dirname, "../../../shared/data/budgets");

const run = (...argv: string[]) => runCli(argv);

describe("mairie check-budget", () => {
  it("budget équilibré : sortie 0, résumé sans erreur", async () => {
    const { status, out } = await run("check-budget", join(FIXTURES, "bp-equilibre.csv"));
    expect(status).toBe(0);
    expect(out).toMatch(/1 fichier vérifié : 0 erreur, 0 avertissement, \d+ informations\.$/);
  });

  it("BP déséquilibré : ligne « fichier: severity règle message (référence) », sortie 1", async () => {
    const file = join(FIXTURES, "bp-desequilibre.csv");
    const { status, out } = await run("check-budget", file);
    expect(status).toBe(1);
    expect(out).toContain(
      `${file}: error BUD-EQ-SECT-F Section de fonctionnement en déséquilibre : dépenses 82\u202f000,00\u202f€, recettes 80\u202f000,00\u202f€ (écart 2\u202f000,00\u202f€). (CGCT L1612-4, L1612-6, L1612-7)`,
    );
  });

  it("nature inconnue et 023 ≠ 021 en JSON", async () => {
    const { status, out } = await run("check-budget", "--json", join(FIXTURES, "bp-nature-023-021.csv"));
    expect(status).toBe(1);
    const [report] = JSON.parse(out) as { kind: string; findings: { rule: string; severity: string; at?: object }[] }[];
    expect(report?.kind).toBe("budget");
    const errors = report?.findings.filter((f) => f.severity === "error");
    expect(errors).toEqual([
      expect.objectContaining({
        rule: "BUD-NOMENCLATURE",
        at: { section: "F", sens: "D", chapitre: "011", nature: "60699", line: 8 },
      }),
      expect.objectContaining({ rule: "BUD-ORD-023-021", at: { section: "F", sens: "D", chapitre: "023" } }),
    ]);
  });

  it("DocumentBudgetaire ISO-8859-1 voté en retard et déséquilibré", async () => {
    const { status, out } = await run("check-budget", "--json", join(FIXTURES, "bp-desequilibre-tardif.xml"));
    expect(status).toBe(1);
    const rules = (JSON.parse(out) as { findings: { rule: string; severity: string }[] }[])[0]?.findings
      .filter((f) => f.severity === "error")
      .map((f) => f.rule);
    expect(rules).toEqual(["BUD-CAL-01", "BUD-EQ-SECT-I", "BUD-ORD-023-021"]);
  });

  it("--date ne change pas la date de vote, --population fixe le seuil du déficit", async () => {
    const { status } = await run(
      "check-budget",
      "--date",
      "2024-06-01",
      "--population",
      "25000",
      join(FIXTURES, "bp-equilibre.csv"),
    );
    expect(status).toBe(0);
  });

  it.each(["01_crach_BP2022_principal", "07_mohon_CFU2023_M57A", "08_montreuil_CA2019_M14sup3500"])(
    "échantillon réel %s : sortie 0",
    async (sample) => {
      const { status, errText: err } = await run("check-budget", join(SAMPLES, sample, "totem.xml"));
      expect([status, err]).toEqual([0, ""]);
    },
  );

  it.each([
    ["tronque.xml", "XML mal formé ou tronqué"],
    ["mauvais-encodage.xml", "pas encodé en UTF-8"],
    ["bp-montant-texte.csv", "montant illisible « cinquante mille »"],
    ["absent.xml", "Fichier introuvable ou illisible"],
  ])("entrée illisible %s : une ligne française, sortie 2", async (name, message) => {
    const { status, out, errText: err } = await run("check-budget", join(FIXTURES, name));
    expect(status).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(message);
    expect(err.split("\n")).toHaveLength(1);
  });

  describe("l'année entière : --precedent CA_N-1 BP_N", () => {
    const CA = join(SAMPLES, "04_crach_CA2021_principal/totem.xml");
    const BP = join(SAMPLES, "01_crach_BP2022_principal/totem.xml");
    const findings = (out: string) =>
      (JSON.parse(out) as { findings: { rule: string; severity: string; message: string }[] }[])[0]?.findings ?? [];

    it("Crach CA 2021 → BP 2022 : reprise conforme, et la sortie dit ce qui a été vérifié", async () => {
      const { status, out } = await run("check-budget", "--json", "--precedent", CA, BP);
      expect(status).toBe(0);
      const checked = findings(out).filter((f) => f.rule.startsWith("BUD-REPRISE"));
      expect(checked.map((f) => [f.rule, f.severity])).toEqual([
        ["BUD-REPRISE-1068", "info"],
        ["BUD-REPRISE-RAR", "info"],
      ]);
      expect(checked[1]?.message).toContain("dépenses 385\u202f503,58\u202f€, recettes 123\u202f839,60\u202f€");
    });

    it("sans le CA : les vérifications qui en ont besoin le disent", async () => {
      const { out } = await run("check-budget", "--json", BP);
      const missing = findings(out).filter((f) => /n'est pas fourni avec le budget/.test(f.message));
      expect(missing.map((f) => f.rule).sort()).toEqual(["BUD-REPRISE-1068", "BUD-REPRISE-RAR", "BUD-RES-03"]);
    });

    it("paire inventée : 1068 sous le besoin de financement du CA", async () => {
      const dir = mkdtempSync(join(tmpdir(), "mairie-pair-"));
      const bad = join(dir, "bp-2022.xml");
      const text = readFileSync(BP, "latin1").replaceAll('V="1111404.25"', 'V="50000.00"');
      writeFileSync(bad, text, "latin1");
      const { status, out } = await run("check-budget", "--json", "--precedent", CA, bad);
      expect(status).toBe(1);
      const errors = findings(out).filter((f) => f.severity === "error");
      expect(errors.map((f) => f.rule)).toEqual(expect.arrayContaining(["BUD-REPRISE-1068", "BUD-RES-03"]));
      expect(errors.find((f) => f.rule === "BUD-REPRISE-1068")?.message).toContain("(78\u202f927,44\u202f€)");
    });

    it.each([
      ["un budget comme précédent", BP, BP, "doit être un compte administratif"],
      ["un compte d'une autre année", join(SAMPLES, "08_montreuil_CA2019_M14sup3500/totem.xml"), BP, "2021 attendu"],
    ])("refuse %s (sortie 2)", async (_name, precedent, budget, message) => {
      const { status, errText: err } = await run("check-budget", "--precedent", precedent, budget);
      expect(status).toBe(2);
      expect(err).toContain(message);
    });
  });

  describe("une décision modificative contre le budget qu'elle modifie : --precedent BP_N DM_N", () => {
    const DM2 = join(SAMPLES, "02_crach_DM2_2021_principal/totem.xml");
    const DM3 = join(SAMPLES, "03_crach_DM3_2021_principal/totem.xml");
    const DM_RULES = ["BUD-DM-02", "BUD-DM-CHAPITRES", "BUD-DM-NEGATIF", "BUD-DM-REPORT"];
    const findings = (out: string) =>
      (JSON.parse(out) as { findings: { rule: string; severity: string; message: string }[] }[])[0]?.findings ?? [];
    const variant = (edit: (text: string) => string) => {
      const file = join(mkdtempSync(join(tmpdir(), "mairie-dm-")), "dm3.xml");
      writeFileSync(file, edit(readFileSync(DM3, "latin1")), "latin1");
      return file;
    };

    it("Crach DM2 → DM3 2021 : chaque vérification dit qu'elle a eu lieu sur les deux documents", async () => {
      const { status, out } = await run("check-budget", "--json", "--precedent", DM2, DM3);
      expect(status).toBe(0);
      const dm = findings(out).filter((f) => DM_RULES.includes(f.rule));
      expect(dm.map((f) => [f.rule, f.severity])).toEqual(DM_RULES.map((rule) => [rule, "info"]));
      for (const f of dm)
        expect(f.message).toMatch(/décision modificative du 22\/11\/2021.*vérifié sur les deux documents/);
    });

    it("la DM seule : ce qui manque du budget modifié est dit, le reste lu dans son budget précédent", async () => {
      const { status, out } = await run("check-budget", "--json", DM3);
      expect(status).toBe(0);
      const dm = findings(out).filter((f) => DM_RULES.includes(f.rule));
      expect(dm.map((f) => f.rule)).toEqual(["BUD-DM-REPORT"]);
      expect(dm[0]?.message).toContain("n'est pas fourni (mairie check-budget --precedent BP.xml DM.xml)");
    });

    it("paire inventée : un chapitre vidé au-delà de ses crédits, un budget précédent mal reporté", async () => {
      const bad = variant((text) =>
        text
          .replace('<MtPrev V="-562.00"/>', '<MtPrev V="-400000.00"/>')
          .replace('<MtPrev V="562.00"/>', '<MtPrev V="400000.00"/>')
          .replace('<MtBudgPrec V="3405.00"/>', '<MtBudgPrec V="3000.00"/>'),
      );
      const { status, out } = await run("check-budget", "--json", "--precedent", DM2, bad);
      expect(status).toBe(1);
      const dm = findings(out).filter((f) => DM_RULES.includes(f.rule) && f.severity !== "info");
      expect(dm.map((f) => [f.rule, f.severity])).toEqual([
        ["BUD-DM-NEGATIF", "error"],
        ["BUD-DM-REPORT", "warning"],
      ]);
      expect(dm[0]?.message).toContain(
        "le chapitre 65 (dépenses de la section de fonctionnement) passe à \u221211\u202f966,67\u202f€",
      );
      expect(dm[1]?.message).toContain("écart 405,00\u202f€");
    });

    it.each([
      ["un budget d'un autre exercice", join(SAMPLES, "01_crach_BP2022_principal/totem.xml"), DM3, "exercice 2022"],
      [
        "un budget voté après la décision",
        DM3,
        variant((t) => t.replace("2021-12-13", "2021-11-01")),
        "postérieure à celle de la décision modificative (01/11/2021)",
      ],
    ])("refuse %s (sortie 2)", async (_name, precedent, dm, message) => {
      const { status, errText: err } = await run("check-budget", "--precedent", precedent, dm);
      expect(status).toBe(2);
      expect(err).toContain(message);
    });
  });

  it("un fichier qui n'est pas un budget : une phrase qui dit ce qui est lu et comment l'obtenir", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mairie-format-"));
    const pdf = join(dir, "budget.pdf");
    writeFileSync(pdf, "%PDF-1.7\n\u0001\u0002 binaire");
    const { status, errText: err } = await run("check-budget", pdf);
    expect(status).toBe(2);
    expect(err).toMatch(
      /format non pris en charge ; la suite lit le flux DocumentBudgetaire XML .*Enregistrer sous > CSV.*balance comptable DGFiP/,
    );
    expect(err.split("\n")).toHaveLength(1);
  });

  it("la balance DGFiP seule : lue, et renvoyée à côté du compte administratif", async () => {
    const { status, errText: err } = await run(
      "check-budget",
      join(SAMPLES, "10_dgfip_balance_comptable_extrait_2024/balance_extrait.csv"),
    );
    expect(status).toBe(2);
    expect(err).toContain("--compte-de-gestion");
  });

  it("un fichier au-delà de la taille admise est refusé sans être lu", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mairie-size-"));
    const big = join(dir, "enorme.csv");
    const row = "F;D;011;60632;;;Fournitures;réel;1,00;;\n";
    writeFileSync(big, "# Type;BP\n" + row.repeat(Math.ceil((21 * 1024 * 1024) / row.length)));
    const { status, errText: err } = await run("check-budget", big);
    expect(status).toBe(2);
    expect(err).toContain("au-delà de la taille admise pour ce format (20 Mo)");
  });

  it("un seul fichier à la fois", async () => {
    expect(
      (await run("check-budget", join(FIXTURES, "bp-equilibre.csv"), join(FIXTURES, "bp-desequilibre.csv"))).status,
    ).toBe(2);
  });
});
