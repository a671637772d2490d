import { articleLabel, renderClauseWithBlanks } from "@shared/domain/acts/clauses";
import type { Clause, ClauseValues, SkeletonPart } from "@shared/domain/acts/clauses";
import type { Inline } from "./docx-kit";
import { blank } from "./docx-kit";

/**
 * A clause filled with what is known, through the library's own renderer; each variable no value fills (or whose
 * value the renderer refuses) becomes an empty highlighted field, never an example.
 */
export function clauseInlines(clause: Clause, values: ClauseValues): { inlines: Inline[]; missing: string[] } {
  const filled = renderClauseWithBlanks(clause, values);
  if (!filled.ok) return { inlines: [blank(clause.title)], missing: [clause.id] };
  return {
    inlines: filled.parts.map((part) => (typeof part === "string" ? part : blank(part.blank))),
    missing: [...filled.missing],
  };
}

/** An assembled act as paragraphs of inlines, sections apart, articles numbered, as `renderSkeleton` lays it out. */
export function skeletonInlines(
  parts: readonly SkeletonPart[],
  values: ClauseValues,
): { blocks: Inline[][]; missing: string[] } {
  const blocks: Inline[][] = [];
  const missing = new Set<string>();
  let previous: Clause | undefined;
  for (const { clause, article } of parts) {
    const one = clauseInlines(clause, values);
    one.missing.forEach((name) => missing.add(name));
    const lead = article === undefined ? [] : [articleLabel(article)];
    if (previous && previous.section === clause.section) blocks.at(-1)?.push("\n", ...lead, ...one.inlines);
    else blocks.push([...lead, ...one.inlines]);
    previous = clause;
  }
  return { blocks, missing: [...missing] };
}
