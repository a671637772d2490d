import {
  articleLabel,
  clauseStanding,
  conditionProblems,
  filledText,
  renderClauseWithBlanks,
} from "@shared/domain/acts/clauses";
import type { ClauseValues, SkeletonPart } from "@shared/domain/acts/clauses";
import type { ClauseInsertion } from "@shared/ports/act-document";
import { countOf, frenchSpacing } from "@shared/ui/i18n/typography";
import { valuesFor } from "./form-model";

/** Each clause of the act in its own tagged content control, articles numbered as in the assembled text. */
export function insertions(parts: readonly SkeletonPart[], values: ClauseValues): ClauseInsertion[] {
  return parts.flatMap(({ clause, article }) => {
    const rendered = renderClauseWithBlanks(clause, values);
    if (!rendered.ok) return [];
    const text = (article === undefined ? "" : articleLabel(article)) + filledText(rendered.parts);
    return [
      { clauseId: clause.id, version: clause.version, title: clause.title, text, values: valuesFor(clause, values) },
    ];
  });
}

/** What the pane says of an assembled act before it is inserted, each a French sentence (empty when nothing). */
export interface SkeletonReview {
  readonly summary: string;
  readonly unvalidated?: string;
  readonly toCheck?: string;
  readonly cautions?: string;
  /** Clauses whose conditions exclude them here: while any is left, the act is not assembled. */
  readonly notApplicable?: string;
}

/** The review of an act's clauses at its date and with the values typed: who validated them, what to check. */
export function reviewSkeleton(parts: readonly SkeletonPart[], values: ClauseValues, date: string): SkeletonReview {
  const standings = parts.map(({ clause }) => ({ clause, standing: clauseStanding(clause, date) }));
  const unvalidated = standings.filter(({ standing }) => !standing.validated);
  const concerns = new Set(
    standings
      .filter(({ standing }) => standing.toCheck)
      .flatMap(({ standing }) => standing.concerns.map((c) => c.message)),
  );
  const conditions = parts.flatMap(({ clause }) =>
    conditionProblems(clause, { values }).map((p) => ({ ...p, message: `${clause.title} : ${p.message}` })),
  );
  const notApplicable = conditions.filter((p) => p.blocking).map((p) => p.message);
  const cautions = conditions.filter((p) => !p.blocking).map((p) => p.message);
  const named = unvalidated.map(({ clause, standing }) => `${clause.title} — ${standing.label.toLowerCase()}`);
  const n = unvalidated.length;
  return {
    summary: frenchSpacing(
      `${countOf(parts.length, "clause")} dans l'ordre légal, dont ${countOf(parts.length - n, "validée")} par un référent du réseau ; un seul formulaire pour toutes leurs variables.`,
    ),
    ...(n > 0
      ? {
          unvalidated: frenchSpacing(
            `Cet acte assemble ${countOf(n, "clause non validée", "clauses non validées")} par un référent du réseau : faites-les relire avant signature (${named.join(" ; ")}).`,
          ),
        }
      : {}),
    ...(concerns.size > 0 ? { toCheck: `Références à vérifier : ${[...concerns].join(" ")}` } : {}),
    ...(cautions.length > 0 ? { cautions: `À vérifier avant signature : ${cautions.join(" ")}` } : {}),
    ...(notApplicable.length > 0
      ? { notApplicable: `Clauses qui ne s'appliquent pas ici : ${notApplicable.join(" ")}` }
      : {}),
  };
}
