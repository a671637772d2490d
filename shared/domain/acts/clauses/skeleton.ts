import type { ActType, Clause, ClauseValues } from "./model";
import { NUMBERED_SECTIONS, SECTIONS } from "./model";
import type { RenderResult } from "./render";
import { renderClause } from "./render";
import { filledText, renderClauseWithBlanks } from "./render-blanks";
import type { Subject } from "./subjects";
import { SUBJECTS } from "./subjects";

export interface SkeletonPart {
  readonly clause: Clause;
  /** Article number, for the clauses of the dispositif ("Article 1er", "Article 2"…). */
  readonly article?: number;
}

/** Legal order: section of the act, then the clause's order within it. */
export function compareLegalOrder(a: Clause, b: Clause): number {
  return SECTIONS.indexOf(a.section) - SECTIONS.indexOf(b.section) || a.order - b.order || a.id.localeCompare(b.id);
}

function fits(clause: Clause, actType: ActType, subject: Subject): boolean {
  return (
    clause.inSkeleton &&
    clause.actTypes.includes(actType) &&
    (clause.subjects.length === 0 || clause.subjects.includes(subject))
  );
}

/**
 * The skeleton candidates of a subject grouped by slot; in each slot, the clauses written for the subject replace
 * the generic ones. A well-formed catalog leaves exactly one clause per slot.
 */
export function skeletonSlots(current: readonly Clause[], actType: ActType, subject: Subject): Map<string, Clause[]> {
  const slots = new Map<string, Clause[]>();
  for (const clause of current) {
    if (!fits(clause, actType, subject)) continue;
    const key = clause.slot ?? clause.id;
    slots.set(key, [...(slots.get(key) ?? []), clause]);
  }
  for (const [key, clauses] of slots) {
    const specific = clauses.filter((c) => c.subjects.includes(subject));
    slots.set(key, (specific.length > 0 ? specific : clauses).sort(compareLegalOrder));
  }
  return slots;
}

/** The clauses of a complete act of `subject`, in legal order, articles numbered; empty if the subject is of the other act type. */
export function assembleSkeletonFrom(current: readonly Clause[], actType: ActType, subject: Subject): SkeletonPart[] {
  if (SUBJECTS[subject].actType !== actType) return [];
  const chosen = [...skeletonSlots(current, actType, subject).values()].flatMap((clauses) => clauses.slice(0, 1));
  let article = 0;
  return chosen
    .sort(compareLegalOrder)
    .map((clause) => (NUMBERED_SECTIONS.has(clause.section) ? { clause, article: ++article } : { clause }));
}

export function articleLabel(n: number): string {
  return n === 1 ? "Article 1er : " : `Article ${n} : `;
}

/** An assembled act's layout: sections apart, articles numbered; errors are reported once each. */
function assemble(parts: readonly SkeletonPart[], render: (clause: Clause) => RenderResult): RenderResult {
  const errors = new Set<string>();
  let text = "";
  let previous: Clause | undefined;
  for (const { clause, article } of parts) {
    const rendered = render(clause);
    if (!rendered.ok) {
      rendered.errors.forEach((e) => errors.add(e));
      continue;
    }
    const separator = previous === undefined ? "" : previous.section === clause.section ? "\n" : "\n\n";
    text += separator + (article === undefined ? "" : articleLabel(article)) + rendered.text;
    previous = clause;
  }
  return errors.size > 0 ? { ok: false, errors: [...errors] } : { ok: true, text };
}

/** The text of an assembled act: one set of values fills every clause. */
export const renderSkeleton = (parts: readonly SkeletonPart[], values: ClauseValues): RenderResult =>
  assemble(parts, (clause) => renderClause(clause, values));

/** The same, each value nobody gave left as a blank (`BLANK_FIELD`) instead of an error. */
export const renderSkeletonWithBlanks = (parts: readonly SkeletonPart[], values: ClauseValues): RenderResult =>
  assemble(parts, (clause) => {
    const filled = renderClauseWithBlanks(clause, values);
    return filled.ok ? { ok: true, text: filledText(filled.parts) } : filled;
  });
