import { findObsoleteReferences } from "../../index";
import { clauseDefinitionProblems } from "../definition";
import { SECTIONS, type Clause } from "../model";
import { renderClause } from "../render";
import { sampleValues } from "../sample-values";
import { isOffered } from "../library";
import { skeletonSlots } from "../skeleton";
import { SUBJECTS, type Subject } from "../subjects";
import { makeClause } from "../make-clause.test-support";
import { CATALOG, VARIABLES } from "./index";

/** The law whose references every clause must respect. */
const TODAY = "2025-06-15";
const SUBJECT_LIST = Object.keys(SUBJECTS) as Subject[];
const offered = CATALOG.filter(isOffered);

/** Renders a clause once per option of its widest choice, so that every option's wording is checked. */
function renderings(clause: Clause): string[] {
  const options = Math.max(
    1,
    ...clause.variables.map((v) => (v.type === "choice" ? Object.keys(v.options).length : 1)),
  );
  return Array.from({ length: options }, (_, option) => {
    const result = renderClause(clause, sampleValues(clause.variables, option));
    if (!result.ok) throw new Error(`${clause.id} : ${result.errors.join(" ; ")}`);
    return result.text;
  });
}

describe("catalogue des clauses", () => {
  it("ne se dit validé nulle part : chaque clause est proposée par l'équipe, ou retirée", () => {
    expect(CATALOG.filter((c) => c.status === "validee" || c.validatedBy !== undefined)).toEqual([]);
    expect(new Set(CATALOG.map((c) => c.status))).toEqual(new Set(["proposee", "retiree"]));
  });

  it("compte au moins 70 clauses offertes, chacune sous un identifiant unique", () => {
    expect(new Set(offered.map((c) => c.id)).size).toBeGreaterThanOrEqual(70);
    expect(new Set(offered.map((c) => c.id)).size).toBe(offered.length);
  });

  it("numérote les versions de chaque clause à partir de 1, sans doublon ni trou", () => {
    const versions = new Map<string, number[]>();
    for (const c of CATALOG) versions.set(c.id, [...(versions.get(c.id) ?? []), c.version]);
    for (const [id, list] of versions)
      expect([id, [...list].sort((a, b) => a - b)]).toEqual([id, list.map((_, i) => i + 1)]);
  });

  it("n'a aucune clause mal formée (titre français, références, variables déclarées et toutes utilisées, partie de l'acte)", () => {
    expect(CATALOG.flatMap(clauseDefinitionProblems)).toEqual([]);
  });

  it("donne à une variable le même type et le même libellé dans toutes les clauses", () => {
    for (const clause of CATALOG) {
      for (const { name, ...def } of clause.variables)
        expect([clause.id, name, def]).toEqual([clause.id, name, VARIABLES[name as keyof typeof VARIABLES]]);
    }
  });

  it.each(SUBJECT_LIST)("a des clauses propres au sujet « %s »", (subject) => {
    expect(offered.filter((c) => c.subjects.includes(subject)).length).toBeGreaterThanOrEqual(3);
  });

  it.each(SUBJECT_LIST)("assemble pour « %s » un acte complet, une clause par emplacement", (subject) => {
    const { actType } = SUBJECTS[subject];
    const slots = skeletonSlots(offered, actType, subject);
    for (const [slot, clauses] of slots) expect([slot, clauses.length]).toEqual([slot, 1]);
    const sections = new Set([...slots.values()].flat().map((c) => c.section));
    // Every part of an act, but that an arrêté is not voted in a séance.
    const required =
      actType === "deliberation" ? SECTIONS : SECTIONS.filter((section) => section !== "seance" && section !== "vote");
    expect([...sections].sort()).toEqual([...required].sort());
  });
});

describe("catalogue des clauses : références en vigueur", () => {
  it("la vérification détecte bien une référence abrogée (témoin)", () => {
    const obsolete = makeClause({ template: "Vu le code des communes et la loi n° 84-53 du 26 janvier 1984 ;" });
    expect(
      renderings(obsolete)
        .flatMap((text) => findObsoleteReferences(text, TODAY))
        .map((r) => r.id),
    ).toEqual(["code-des-communes", "loi-84-53"]);
  });

  it.each(CATALOG.map((c) => [`${c.id} v${c.version}`, c] as const))(
    "%s ne cite aucune référence abrogée",
    (_name, clause) => {
      for (const text of renderings(clause)) expect(findObsoleteReferences(text, TODAY)).toEqual([]);
    },
  );
});
