import { join } from "node:path";
import { main } from "../main";

const FIXTURES = join(__dirname, "../../../tests/fixtures/budgets");
const SAMPLES = join(__dirname, "../../../../shared/data/budgets");

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), today: "2025-06-15" });
  return { status, out: out.join("\n"), err: err.join("\n") };
}

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
      const { status, err } = await run("check-budget", join(SAMPLES, sample, "totem.xml"));
      expect([status, err]).toEqual([0, ""]);
    },
  );

  it.each([
    ["tronque.xml", "XML mal formé ou tronqué"],
    ["mauvais-encodage.xml", "pas encodé en UTF-8"],
    ["bp-montant-texte.csv", "montant illisible « cinquante mille »"],
    ["absent.xml", "Fichier introuvable ou illisible"],
  ])("entrée illisible %s : une ligne française, sortie 2", async (name, message) => {
    const { status, out, err } = await run("check-budget", join(FIXTURES, name));
    expect(status).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(message);
    expect(err.split("\n")).toHaveLength(1);
  });

  it("un seul fichier à la fois", async () => {
    expect(
      (await run("check-budget", join(FIXTURES, "bp-equilibre.csv"), join(FIXTURES, "bp-desequilibre.csv"))).status,
    ).toBe(2);
  });
});
