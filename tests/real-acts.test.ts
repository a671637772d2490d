import path from "node:path";
import type { AnnotatedAct } from "@scripts/bench/act-corpus";
import { checkAnnotated, readAnnotations, REAL_ACTS_DIR, scoreCorpus } from "@scripts/bench/act-corpus";

/** Invented acts (named so) that test the harness itself before the real corpus lands. */
const SAMPLE_DIR = path.join(__dirname, "fixtures/real-acts-sample");

/**
 * Issue 11's promise on each annotated act: no error the annotation does not back. Where `everyDefect` is set (the
 * invented sample), every certain defect must be found too; on the real corpus, recall is held as a whole below.
 */
function assertEachAct(dir: string, acts: readonly AnnotatedAct[], everyDefect: boolean): void {
  it.each(acts.map((act) => [act.file, act] as const))("%s", (_file, act) => {
    const outcome = checkAnnotated(dir, act);
    if (everyDefect) expect(outcome.missed.map((d) => `${d.rule} : ${d.evidence}`)).toEqual([]);
    expect(outcome.falseErrors.map((f) => `${f.rule} : ${f.message}`)).toEqual([]);
  });
}

describe("banc du corpus, sur l'échantillon inventé", () => {
  const acts = readAnnotations(SAMPLE_DIR) ?? [];

  it("lit les annotations et compte précision et rappel", () => {
    expect(acts.length).toBeGreaterThanOrEqual(3);
    const score = scoreCorpus(SAMPLE_DIR, acts);
    expect(score).toMatchObject({ precision: 1, recall: 1, certainDefects: 1 });
  });

  it("compte un défaut certain manqué et une erreur non annotée", () => {
    const [regular, late] = acts;
    if (!regular || !late) throw new Error("échantillon incomplet");
    const claimed = { ...regular, defects: [{ ...late.defects[0], rule: "DEL-016", certain: true }] } as AnnotatedAct;
    const unannotated = { ...late, defects: [] };
    const score = scoreCorpus(SAMPLE_DIR, [claimed, unannotated]);
    expect(score.recall).toBe(0);
    expect(score.precision).toBe(0);
    expect(checkAnnotated(SAMPLE_DIR, unannotated).falseErrors.map((f) => f.rule)).toEqual(["CM-006"]);
  });

  assertEachAct(SAMPLE_DIR, acts, true);
});

const real = readAnnotations(REAL_ACTS_DIR);
// The real corpus is collected on another branch; until its annotation file lands, only the sample above runs.
if (real)
  describe("actes réels publiés par des communes", () => {
    assertEachAct(REAL_ACTS_DIR, real, false);

    // The goal on real acts: every error right, at least 9 certain defects in 10 found.
    it("précision des erreurs 100 %, rappel des défauts certains ≥ 90 %", () => {
      const score = scoreCorpus(REAL_ACTS_DIR, real);
      expect(score.precision).toBe(1);
      expect(score.recall).toBeGreaterThanOrEqual(0.9);
    });

    // CM-022 read from the text: both minutes that vote a compte administratif name another president in « sous la
    // présidence de …, délibérant sur le compte administratif », and neither says the maire withdrew (Chevincourt's
    // annotation); Le Gosier's délibération only elects the president for the vote, which another act holds.
    it("compte administratif : président lu, retrait du maire non mentionné", () => {
      const comptes = real.filter((act) => act.file.includes("compte-administratif"));
      const cm022 = comptes.map((act) =>
        checkAnnotated(REAL_ACTS_DIR, act)
          .findings.filter((f) => f.rule === "CM-022")
          .map((f) => [f.severity, f.message.slice(0, 60)]),
      );
      const unsaid = ["warning", "Compte administratif : mention du retrait du maire au moment"];
      expect(comptes.map((act) => act.commune)).toEqual(["Saint-Julien-les-Rosiers", "Chevincourt", "Le Gosier"]);
      expect(cm022).toEqual([[unsaid], [unsaid], []]);
    });
  });
