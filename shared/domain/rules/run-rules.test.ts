import { defineRule } from "./rule";
import { formatMessage, isInForce, runRules } from "./run-rules";

interface Subject {
  readonly values: readonly number[];
}

const negative = defineRule<Subject, "negative">({
  meta: {
    id: "TEST-001",
    severity: "error",
    title: "Montants positifs",
    ref: "CGCT L1612-4",
    verification: "V",
    messages: { negative: "Le montant n°{index} est négatif ({value})." },
  },
  check(subject, { report }) {
    subject.values.forEach((value, index) => {
      if (value < 0) report({ messageId: "negative", data: { index: index + 1, value }, at: { line: index + 1 } });
    });
  },
});

const unverified = defineRule<Subject, "any">({
  meta: { ...negative.meta, id: "TEST-002", verification: "M", messages: { any: "Règle non vérifiée." } },
  check: (_subject, { report }) => report({ messageId: "any" }),
});

const reform = defineRule<Subject, "any">({
  meta: {
    ...negative.meta,
    id: "TEST-003",
    effective: { from: "2022-07-01" },
    severity: "info",
    messages: { any: "Depuis la réforme." },
  },
  check: (_subject, { report }) => report({ messageId: "any" }),
});

const broken = defineRule<Subject, "any">({
  meta: { ...negative.meta, id: "TEST-004", messages: { any: "" } },
  check: () => {
    throw new Error("donnée inattendue");
  },
});

describe("runRules", () => {
  it("remplit les messages et localise chaque constat", () => {
    expect(runRules([negative], { values: [3, -2, 5, -1] }, { date: "2025-01-01" })).toEqual([
      {
        rule: "TEST-001",
        severity: "error",
        message: "Le montant n°2 est négatif (-2).",
        ref: "CGCT L1612-4",
        at: { line: 2 },
      },
      {
        rule: "TEST-001",
        severity: "error",
        message: "Le montant n°4 est négatif (-1).",
        ref: "CGCT L1612-4",
        at: { line: 4 },
      },
    ]);
  });

  it("ne laisse jamais une règle non vérifiée (M) bloquer : erreur ramenée à avertissement", () => {
    expect(runRules([unverified], { values: [] }, { date: "2025-01-01" }).map((f) => f.severity)).toEqual(["warning"]);
  });

  it("applique le droit en vigueur à la date de l'acte", () => {
    expect(runRules([reform], { values: [] }, { date: "2022-06-30" })).toEqual([]);
    expect(runRules([reform], { values: [] }, { date: "2022-07-01" })).toHaveLength(1);
  });

  it("rend compte d'une règle qui échoue sans perdre les autres constats", () => {
    const findings = runRules([broken, negative], { values: [-1] }, { date: "2025-01-01" });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ["TEST-001", "error"],
      ["TEST-004", "info"],
    ]);
    expect(findings[1]?.message).toContain("donnée inattendue");
  });

  it("trie : erreurs, puis avertissements, puis informations", () => {
    const findings = runRules([reform, unverified, negative], { values: [-1] }, { date: "2025-01-01" });
    expect(findings.map((f) => f.severity)).toEqual(["error", "warning", "info"]);
  });
});

describe("formatMessage et isInForce", () => {
  it("laisse visible un paramètre manquant plutôt que de l'effacer", () => {
    expect(formatMessage("{a} et {b}", { a: 1 })).toBe("1 et {b}");
  });
  it("borne les deux dates incluses", () => {
    expect(isInForce({ from: "2020-01-01", until: "2022-07-31" }, "2022-07-31")).toBe(true);
    expect(isInForce({ from: "2020-01-01", until: "2022-07-31" }, "2022-08-01")).toBe(false);
    expect(isInForce(undefined, "1990-01-01")).toBe(true);
  });
});

describe("preuve des constats (issue 11)", () => {
  const late = defineRule<{ readonly how: "labelled" | "inferred" }, "late">({
    meta: { ...negative.meta, id: "TEST-005", messages: { late: "Convocation tardive." } },
    check: ({ how }, { report }) => report({ messageId: "late", evidence: { kind: how, read: "convoqué le 7 mars" } }),
  });

  it("garde l'erreur, telle qu'avant, quand le fait est lu après son libellé", () => {
    expect(runRules([late], { how: "labelled" }, { date: "2025-01-01" })).toEqual([
      { rule: "TEST-005", severity: "error", message: "Convocation tardive.", ref: "CGCT L1612-4" },
    ]);
  });

  it("ramène à un avertissement « à vérifier », citant les mots lus, un fait seulement déduit", () => {
    const [finding] = runRules([late], { how: "inferred" }, { date: "2025-01-01" });
    expect(finding).toMatchObject({
      severity: "warning",
      message: "À vérifier : Convocation tardive. (lu : « convoqué le 7 mars »)",
      evidence: { kind: "inferred", read: "convoqué le 7 mars" },
    });
  });
});
