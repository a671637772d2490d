import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkBudget } from "@shared/domain/budget";
import { BudgetIndex } from "@shared/domain/budget/budget-index";
import { resultats, sectionTotal } from "@shared/domain/budget/figures";
import type { BudgetDocument } from "@shared/domain/budget/model";
import { parseMoney } from "@shared/domain/common/money";
import { readDocumentBudgetaire } from "./docbudg-reader";

/** The real, voted and accepted budgets (shared/data/budgets): the checker must raise no false error on them. */
const BASE = join(__dirname, "../../../../shared/data/budgets");
const SAMPLES = readdirSync(BASE).filter((d) => existsSync(join(BASE, d, "totem.xml")));
const RESULTS = readFileSync(join(BASE, "checks_results.md"), "utf8");

const cache = new Map<string, BudgetDocument>();
function read(sample: string): BudgetDocument {
  let doc = cache.get(sample);
  if (!doc) {
    doc = readDocumentBudgetaire(readFileSync(join(BASE, sample, "totem.xml")), sample);
    cache.set(sample, doc);
  }
  return doc;
}

/** "3,552,599.00" of checks_results.md → cents. */
const cents = (text: string) => parseMoney(text) ?? Number.NaN;

function reportOf(sample: string): string {
  const start = RESULTS.indexOf(`### samples/${sample}/`);
  const end = RESULTS.indexOf("### ", start + 4);
  return RESULTS.slice(start, end < 0 ? undefined : end);
}

describe("échantillons réels", () => {
  it("les huit flux XML sont présents", () => expect(SAMPLES).toHaveLength(8));

  it.each(SAMPLES)("%s : aucune fausse erreur", (sample) => {
    const findings = checkBudget(read(sample), { today: "2025-06-15" });
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it.each(SAMPLES)("%s : totaux de section identiques à l'implémentation de référence", (sample) => {
    const index = new BudgetIndex(read(sample).lines);
    const report = reportOf(sample);
    const f = /EQ-SECT-F[^\n]*\(D=([\d,.-]+) R=([\d,.-]+)/.exec(report);
    const i = /EQ-SECT-I:[^\n]*\(D=([\d,.-]+) R=([\d,.-]+)/.exec(report);
    expect([sectionTotal(index, "credits", "F", "D"), sectionTotal(index, "credits", "F", "R")]).toEqual([
      cents(f?.[1] ?? ""),
      cents(f?.[2] ?? ""),
    ]);
    expect([sectionTotal(index, "credits", "I", "D"), sectionTotal(index, "credits", "I", "R")]).toEqual([
      cents(i?.[1] ?? ""),
      cents(i?.[2] ?? ""),
    ]);
  });

  const yearEnd = SAMPLES.filter((s) => /CA-RESULTATS/.test(reportOf(s)));
  it.each(yearEnd)("%s : résultats et besoin de financement identiques", (sample) => {
    const m =
      /resultat F cumule=([\d,.-]+) ; solde I cumule=([\d,.-]+) ; RAR D=([\d,.-]+) R=([\d,.-]+) ; besoin de financement=([\d,.-]+)/.exec(
        reportOf(sample),
      );
    const r = resultats(new BudgetIndex(read(sample).lines));
    expect([r.fonctionnement, r.investissement, r.rarDepenses, r.rarRecettes, r.besoin]).toEqual(
      (m?.slice(1) ?? []).map(cents),
    );
  });

  it("les écarts connus sont signalés à leur juste niveau", () => {
    const montreuil = checkBudget(read("08_montreuil_CA2019_M14sup3500"), { today: "2025-06-15" });
    expect(montreuil.find((f) => f.rule === "BUD-EQ-SECT-I")).toMatchObject({ severity: "warning" });
    const lotissement = checkBudget(read("05_crach_lotissement_BP2022"), { today: "2025-06-15" });
    expect(lotissement.find((f) => f.rule === "BUD-EQ-REEL-ANNUITE")).toMatchObject({ severity: "info" });
  });
});

describe("lecteur DocumentBudgetaire comparé aux aplatissements lignes.csv", () => {
  const withCsv = SAMPLES.filter((s) => existsSync(join(BASE, s, "lignes.csv")));

  it.each(withCsv)("%s : mêmes lignes, mêmes montants", (sample) => {
    const [header = "", ...rows] = readFileSync(join(BASE, sample, "lignes.csv"), "utf8")
      .trim()
      .split("\n");
    const cols = header.split(",");
    const col = (row: string[], name: string) => row[cols.indexOf(name)] ?? "";
    const expected = new Map<string, number>();
    for (const raw of rows) {
      // The flattening quotes libellés that contain commas; only the leading/trailing numeric columns matter here.
      const row = raw.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((f) => f.replace(/,$/, "").replace(/^"|"$/g, "")) ?? [];
      if (col(row, "calculated") === "true") continue;
      const key = `${col(row, "section")}|${col(row, "codrd")}|${col(row, "nature")}|${col(row, "type_mvt").startsWith("reel") ? "reel" : "ordre"}`;
      const money = (name: string) => parseMoney(col(row, name) || "0") ?? Number.NaN;
      // Crédits ouverts, or when the flow omits them, votes + RAR repris (as the reference implementation sums them).
      const amount = sample.includes("DM")
        ? money("mt_prev")
        : col(row, "cred_ouv")
          ? money("cred_ouv")
          : money("mt_prev") + money("mt_rar_prec");
      expected.set(key, (expected.get(key) ?? 0) + amount);
    }
    const actual = new Map<string, number>();
    const doc = read(sample);
    for (const l of doc.lines) {
      const key = `${l.section}|${l.sens}|${l.nature}|${l.mouvement}`;
      actual.set(key, (actual.get(key) ?? 0) + (l.amounts.credits ?? 0));
    }
    expect(doc.lines.length).toBe(rows.filter((r) => !r.startsWith("true,")).length);
    expect(actual).toEqual(expected);
  });
});
