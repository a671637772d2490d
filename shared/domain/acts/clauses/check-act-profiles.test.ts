/**
 * Every clause and every skeleton, rendered on commune profiles, passes the act checker with no error and no
 * obsolete reference, today and at the same date of each of the last three years. An optional clause is checked
 * in the act of each subject it fits, in place of the clause of its slot; a clause that does not apply to a
 * commune (its conditions of use) is not offered to it, so not checked on it.
 */
import { checkAct, findObsoleteReferences } from "../index";
import { conditionProblems } from "./conditions";
import { EXAMPLE_OBJETS } from "./example-values";
import { isOffered } from "./library";
import { makeClause } from "./make-clause.test-support";
import type { Clause, ClauseValues } from "./model";
import { PROFILES, profile, profileValues } from "./profile-values.test-support";
import { renderSkeleton, assembleSkeletonFrom } from "./skeleton";
import { sampleValues } from "./sample-values";
import { SUBJECTS, type Subject } from "./subjects";
import { CATALOG } from "./catalog";

const TODAY = "2026-12-02";
const DATES = [TODAY, "2025-12-02", "2024-12-02", "2023-12-02"];
const REFERENCE_RULES = new Set(["DEL-008", "ARR-003", "PUB-005", "ARR-017"]);
const offered = CATALOG.filter(isOffered);
const SUBJECT_LIST = Object.keys(SUBJECTS) as Subject[];
const ALL_VARIABLES = offered.flatMap((c) => c.variables);

/** The example séance moved to the year of `date`: the act is dated in that year, its exercice is that year. */
function valuesAt(profileName: string, subject: Subject, date: string): ClauseValues {
  const year = date.slice(0, 4);
  const shifted = Object.fromEntries(
    Object.entries(profileValues(profile(profileName))).map(([k, v]) => [
      k,
      typeof v === "string" ? v.replace(/^2025-/, `${year}-`) : v,
    ]),
  );
  return {
    ...sampleValues(ALL_VARIABLES),
    exceptionL2131: "droits-voirie",
    tauxConseillersDelegues: 6,
    ...shifted,
    exercice: Number(year),
    anneePopulation: Number(year),
    objet: EXAMPLE_OBJETS[subject],
  };
}

function fits(clause: Clause, subject: Subject): boolean {
  const { actType } = SUBJECTS[subject];
  return clause.actTypes.includes(actType) && (clause.subjects.length === 0 || clause.subjects.includes(subject));
}

/** The skeleton of `subject`, with `variant` (an optional clause) in place of its slot's clause. */
function parts(subject: Subject, variant?: Clause) {
  const pool = variant
    ? [
        ...offered.filter((c) => c.id !== variant.id && (variant.slot === undefined || c.slot !== variant.slot)),
        { ...variant, inSkeleton: true },
      ]
    : offered;
  return assembleSkeletonFrom(pool, SUBJECTS[subject].actType, subject);
}

function problemsOf(text: string, date: string, population: number): unknown[] {
  const report = checkAct(text, { today: date, population });
  return [
    ...findObsoleteReferences(text, date).map((r) => `obsolète : ${r.id}`),
    ...report.findings
      .filter((f) => f.severity === "error" || REFERENCE_RULES.has(f.rule))
      .map((f) => `${f.rule} ${f.message}`),
  ];
}

/** A séance consistent with the variant: an interested member who left votes no more (DEL-012 counts the votes). */
const VARIANT_VALUES: Readonly<Record<string, ClauseValues>> = {
  "vote-non-participation": { votants: 12, pour: 11 },
};

function check(subject: Subject, profileName: string, date: string, variant?: Clause): unknown[] {
  const commune = profile(profileName);
  const skeleton = parts(subject, variant);
  const values = { ...valuesAt(profileName, subject, date), ...(variant ? VARIANT_VALUES[variant.id] : {}) };
  const ctx = { publication: commune.publication, population: commune.population, values };
  if (skeleton.some(({ clause }) => conditionProblems(clause, ctx).some((p) => p.blocking))) return [];
  const rendered = renderSkeleton(skeleton, values);
  if (!rendered.ok) return [...rendered.errors];
  return problemsOf(rendered.text, date, commune.population);
}

describe("chaque acte complet, sur chaque profil de commune, passe check-act aujourd'hui et les trois années passées", () => {
  const cases = SUBJECT_LIST.flatMap((subject) => Object.keys(PROFILES).map((p) => [subject, p] as const));
  it.each(cases)("%s — %s", (subject, profileName) => {
    for (const date of DATES) expect([date, check(subject, profileName, date)]).toEqual([date, []]);
  });
});

describe("chaque clause facultative, à sa place dans l'acte de chacun de ses sujets, passe check-act", () => {
  const optional = offered.filter((c) => !c.inSkeleton);
  const cases = optional.flatMap((clause) =>
    SUBJECT_LIST.filter((s) => fits(clause, s)).map((subject) => [clause.id, subject, clause] as const),
  );
  it.each(cases)("%s dans « %s »", (_id, subject, clause) => {
    for (const profileName of ["saintAubin", "essarts", "mesnil"])
      for (const date of DATES)
        expect([profileName, date, check(subject, profileName, date, clause)]).toEqual([profileName, date, []]);
  });

  it("témoin : une clause abrogée glissée dans l'acte est signalée", () => {
    const legacy = makeClause({ id: "temoin", kind: "visa", section: "visas", template: "Vu le code des communes ;" });
    const text = renderSkeleton(parts("tarifs-cantine", legacy), valuesAt("saintAubin", "tarifs-cantine", TODAY));
    expect(text.ok && problemsOf(text.text, TODAY, 842)).toEqual([
      expect.stringMatching(/code-des-communes|DEL-008/),
      expect.stringMatching(/DEL-008/),
    ]);
  });
});
