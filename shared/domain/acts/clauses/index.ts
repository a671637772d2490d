/**
 * The clause library: versioned clauses, validated by the network's référents or proposed by the team, for délibérations and arrêtés, their typed variables and
 * renderer, search, and the assembly of a complete act in legal order. Pure: the store of clauses is injected
 * (the seed catalog by default).
 */
import { CATALOG } from "./catalog";
import type { ClauseLibrary } from "./library";
import { createClauseLibrary } from "./library";

export type {
  ActType,
  Civilite,
  Clause,
  ClauseKind,
  ClauseStatus,
  ClauseValues,
  Genre,
  MaireTitleValue,
  PersonValue,
  Section,
  VariableDef,
  VariableSpec,
  VariableType,
} from "./model";
export { NUMBERED_SECTIONS, SECTIONS, SECTIONS_OF_KIND } from "./model";
export { SUBJECTS, isSubject, subjectsOf } from "./subjects";
export type { Subject } from "./subjects";
export { NNBSP, formatDateLong, formatInteger, formatMontant, formatPercent } from "./format";
export { parseTemplate, placeholderNames } from "./template";
export type { Modifier, ParsedTemplate, Placeholder, Segment } from "./template";
export { resolveValue } from "./values";
export type { ResolvedValue, ValueResult } from "./values";
export { renderClause } from "./render";
export type { RenderResult } from "./render";
export { BLANK_FIELD, filledText, renderClauseWithBlanks } from "./render-blanks";
export type { FilledPart, FilledResult } from "./render-blanks";
export { REFERENCE, clauseDefinitionProblems } from "./definition";
export { articleLabel, compareLegalOrder, renderSkeleton, renderSkeletonWithBlanks, skeletonSlots } from "./skeleton";
export type { SkeletonPart } from "./skeleton";
export { createClauseLibrary, isOffered } from "./library";
export type { ClauseLibrary, ClauseQuery } from "./library";
export { sampleValue, sampleValues } from "./sample-values";
export { EXAMPLE_OBJETS, EXAMPLE_VALUES } from "./example-values";
export { CATALOG, VARIABLES } from "./catalog";
export type { VariableName } from "./catalog";

/** The library over the seed catalog. */
export const clauseLibrary: ClauseLibrary = createClauseLibrary(CATALOG);

export const listClauses: ClauseLibrary["list"] = (query) => clauseLibrary.list(query);
export const assembleSkeleton: ClauseLibrary["assembleSkeleton"] = (actType, subject) =>
  clauseLibrary.assembleSkeleton(actType, subject);
export const newerVersion: ClauseLibrary["newerVersion"] = (id, version) => clauseLibrary.newerVersion(id, version);
export { clauseStanding } from "./standing";
export type { ClauseStanding } from "./standing";
export { budgetAdoptionDeadline } from "./deadlines";
export { conditionProblems } from "./conditions";
export type { UseContext, UseProblem } from "./conditions";
export { indemnityCeilings } from "./indemnity-scale";
export { suggestTexts, vocabularyOf } from "./suggest";
export type { Correction, TextSuggestion } from "./suggest";
