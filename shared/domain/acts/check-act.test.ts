import { actFixtures, actText, DELIBERATION } from "@tests/fixtures/acts";
import { checkAct, findObsoleteReferences } from ".";

const TODAY = "2025-06-15";

/** What each act of the corpus must give: its kind and the rules reporting an error (in order), for a commune of 600 inhabitants. */
const EXPECTED: Readonly<
  Record<string, { kind: "deliberation" | "arrete"; errors: string[]; warnings?: "none" | "some" }>
> = {
  "valid.deliberation-tarifs-cantine.txt": { kind: "deliberation", errors: [], warnings: "none" },
  "valid.arrete-stationnement-temporaire.txt": { kind: "arrete", errors: [], warnings: "none" },
  "invalid.convocation-tardive.txt": { kind: "deliberation", errors: ["CM-006"] },
  "invalid.vote-impossible.txt": { kind: "deliberation", errors: ["CM-018"] },
  "invalid.visa-code-des-communes.txt": { kind: "deliberation", errors: ["DEL-008"] },
  "invalid.quorum-non-atteint.txt": { kind: "deliberation", errors: ["CM-012"] },
  "invalid.point-ajoute-en-seance.txt": { kind: "deliberation", errors: ["DEL-007", "CM-011"] },
  "invalid.arrete-peril.txt": { kind: "arrete", errors: ["ARR-017", "ARR-017"] },
  "invalid.arrete-route-departementale.txt": { kind: "arrete", errors: ["ARR-003", "ARR-007"] },
  "incomplete.deliberation-sans-mentions.txt": { kind: "deliberation", errors: [], warnings: "some" },
};

describe("checkAct sur le corpus d'actes", () => {
  it("chaque fichier du corpus a son résultat attendu", () => {
    expect(actFixtures()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))("%s", (file, expected) => {
    const { kind, findings } = checkAct(actText(file), { today: TODAY, population: 600 });
    expect(kind).toBe(expected.kind);
    expect(findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(expected.errors);
    const warnings = findings.filter((f) => f.severity === "warning");
    if (expected.warnings === "none") expect(warnings).toEqual([]);
    if (expected.warnings === "some") expect(warnings.length).toBeGreaterThanOrEqual(5);
    for (const f of findings.filter((x) => x.severity === "error"))
      expect([typeof f.at?.line, typeof f.at?.start, typeof f.at?.end]).toEqual(["number", "number", "number"]);
  });
});

describe("checkAct", () => {
  it("applique le droit de la date de l'acte, sinon --date, sinon aujourd'hui", () => {
    const peril = actText("invalid.arrete-peril.txt");
    expect(checkAct(peril, { today: TODAY }).findings.some((f) => f.rule === "ARR-017")).toBe(true);
    expect(checkAct(peril, { today: TODAY, date: "2020-12-31" }).findings.some((f) => f.rule === "ARR-017")).toBe(
      false,
    );
    const undated = peril
      .replace("Fait à Pont-aux-Moines, le 5 juin 2024", "Fait à Pont-aux-Moines")
      .replace(", en date du 3 juin 2024", "");
    expect(checkAct(undated, { today: "2020-06-01" }).findings.some((f) => f.rule === "ARR-017")).toBe(false);
  });

  it("tient compte de la population et du département", () => {
    const late = actText("invalid.convocation-tardive.txt");
    expect(checkAct(late, { today: TODAY, population: 5000 }).findings.map((f) => f.rule)).toContain("CM-007");
    expect(checkAct(late, { today: TODAY, departement: "57" }).findings.map((f) => f.rule)).not.toContain("CM-006");
  });

  it("vérifie un acte de cent pages avec les mêmes constats qu'une page", () => {
    const articles = Array.from(
      { length: 1200 },
      (_, i) =>
        `Article ${i + 4} : Le tarif n° ${i} est maintenu pour la période considérée, sans changement par rapport à la délibération précédente.`,
    );
    const big = DELIBERATION.replace("Vote :", `${articles.join("\n")}\nVote :`);
    expect(big.length).toBeGreaterThan(150_000);
    const small = checkAct(DELIBERATION, { today: TODAY, population: 600 });
    const large = checkAct(big, { today: TODAY, population: 600 });
    expect(large.findings).toEqual(small.findings);
    expect(large.act.articles).toHaveLength(1203);
  });

  it("ne lève jamais d'exception, même sur un méga-octet de texte sans saut de ligne", () => {
    const junk = "Vu pouvoir de à à pour : 3 contre : 2 le dix-huit septembre ".repeat(17_000);
    const report = checkAct(junk, { today: TODAY });
    expect(report.findings.every((f) => f.rule.length > 0)).toBe(true);
  });
});

describe("index", () => {
  it("exporte findObsoleteReferences pour la bibliothèque de clauses", () => {
    expect(findObsoleteReferences("Vu le code des communes", "2024-01-01")).toHaveLength(1);
  });
});
