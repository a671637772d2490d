import { checkAct } from "@shared/domain/acts";
import {
  BLANK_FIELD,
  CATALOG,
  EXAMPLE_OBJETS,
  EXAMPLE_VALUES,
  SUBJECTS,
  VARIABLES,
  clauseLibrary,
  filledText,
  renderClauseWithBlanks,
  renderSkeletonWithBlanks,
  resolveValue,
  sampleValue,
} from "@shared/domain/acts/clauses";
import type { ClauseValues, Subject, VariableSpec } from "@shared/domain/acts/clauses";
import { PROFILE } from "@shared/documents/test-facts.test-support";
import { profileClauseValues } from "@shared/documents/seance-values";
import { initialInputs, readForm, variablesOf } from "./form-model";
import { prefillValues } from "./prefill";

const specOf = (name: string): VariableSpec | undefined =>
  Object.hasOwn(VARIABLES, name) ? { ...VARIABLES[name as keyof typeof VARIABLES], name } : undefined;

/** A value as a document would show it (the renderer's own text, a person's name alone), or nothing if refused. */
function shown(name: string, value: unknown): string[] {
  const spec = specOf(name);
  if (!spec || spec.type === "choice" || spec.type === "maireTitle") return [];
  const resolved = resolveValue(spec, value);
  if (!resolved.ok) return [];
  return resolved.value.nom ? [resolved.value.text, resolved.value.nom] : [resolved.value.text];
}

const prefill = prefillValues("", PROFILE);
const templates = CATALOG.map((c) => c.template).join("\n");

/**
 * Every text the library's example séance and sample values would put in an act: long enough to be telling, not
 * already words of a clause's template, and not what the commune profile itself gives.
 */
const FORBIDDEN: readonly string[] = [
  ...new Set([
    ...Object.entries(EXAMPLE_VALUES).flatMap(([name, value]) => shown(name, value)),
    ...Object.values(EXAMPLE_OBJETS),
    ...Object.keys(VARIABLES).flatMap((name) => {
      const spec = specOf(name);
      return spec ? shown(name, sampleValue(spec)) : [];
    }),
  ]),
].filter(
  (text) =>
    text.length >= 5 &&
    !templates.includes(text) &&
    !Object.entries(profileClauseValues(PROFILE)).some(([name, value]) => shown(name, value).includes(text)),
);

/** What the pane inserts from a form left as prefilled: the form's reading, rendered with its blanks. */
function formValues(variables: readonly VariableSpec[]): { values: ClauseValues; missing: readonly string[] } {
  const reading = readForm(variables, initialInputs(variables, prefill.values));
  expect(reading.errors).toEqual({});
  return reading;
}

const examplesIn = (text: string) => FORBIDDEN.filter((example) => text.includes(example));

describe("un document sans séance liée : aucune valeur d'exemple n'est insérée", () => {
  it("la liste des valeurs d'exemple à traquer est substantielle", () => {
    expect(FORBIDDEN.length).toBeGreaterThan(60);
    expect(FORBIDDEN).toEqual(expect.arrayContaining(["Saint-Martin-des-Prés", "Jean DUPONT", "3 avril 2025"]));
  });

  it("le préremplissage ne reprend que le profil de la commune", () => {
    expect(prefill.fromDocument).toEqual([]);
    expect(prefill.values).toMatchObject({ commune: "Les Essarts-le-Bas", tribunal: "Nantes", population: 842 });
    expect(prefill.values.presents).toBeUndefined();
    expect(prefill.values.dateSeance).toBeUndefined();
  });

  it.each(CATALOG.map((clause) => [clause.id, clause] as const))(
    "clause %s : profil ou champ vide surligné, jamais un exemple",
    (_id, clause) => {
      const { values, missing } = formValues(clause.variables);
      for (const name of Object.keys(values)) expect(Object.hasOwn(prefill.values, name)).toBe(true);
      const rendered = renderClauseWithBlanks(clause, values);
      if (!rendered.ok) throw new Error(rendered.errors.join(" "));
      const text = filledText(rendered.parts);
      expect(examplesIn(text)).toEqual([]);
      const used = rendered.parts.filter((p) => typeof p !== "string").length;
      if (missing.some((name) => clause.template.includes(`{{${name}`))) expect(used).toBeGreaterThan(0);
    },
  );

  it.each(Object.keys(SUBJECTS) as Subject[])("acte complet « %s » : aucun exemple", (subject) => {
    const parts = clauseLibrary.assembleSkeleton(SUBJECTS[subject].actType, subject);
    const { values } = formValues(variablesOf(parts.map((p) => p.clause)));
    const rendered = renderSkeletonWithBlanks(parts, values);
    if (!rendered.ok) throw new Error(rendered.errors.join(" "));
    expect(examplesIn(rendered.text)).toEqual([]);
    expect(rendered.text).toContain(BLANK_FIELD);
  });

  it("les champs vides restent vides dans l'acte, et le vérificateur les signale", () => {
    const parts = clauseLibrary.assembleSkeleton("deliberation", "tarifs-cantine");
    const { values } = formValues(variablesOf(parts.map((p) => p.clause)));
    const rendered = renderSkeletonWithBlanks(parts, values);
    if (!rendered.ok) throw new Error(rendered.errors.join(" "));
    const report = checkAct(rendered.text, { today: "2026-12-16", population: PROFILE.population, departement: "49" });
    expect(report.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["DEL-003"]));
  });
});
