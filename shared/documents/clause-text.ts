import { articleLabel, parseTemplate, renderClause } from "@shared/domain/acts/clauses";
import type { Clause, ClauseValues, SkeletonPart, VariableSpec } from "@shared/domain/acts/clauses";
import type { Inline } from "./docx-kit";
import { blank } from "./docx-kit";

/** Private-use marks around a missing variable's name: never in a value, never in a template. */
const OPEN = "\ue000";
const CLOSE = "\ue001";
const MARK = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, "g");

const present = (values: ClauseValues, name: string): boolean =>
  Object.hasOwn(values, name) && values[name] !== undefined && values[name] !== "";

/**
 * A clause filled with what is known, through the library's own renderer; each variable no value fills (or whose
 * value the renderer refuses) becomes an empty highlighted field, never an example.
 */
export function clauseInlines(clause: Clause, values: ClauseValues): { inlines: Inline[]; missing: string[] } {
  const parsed = parseTemplate(clause.template);
  const filled = (spec: VariableSpec) =>
    present(values, spec.name) && renderClause({ ...clause, template: "", variables: [spec] }, values).ok;
  const missing = new Set(clause.variables.filter((spec) => !filled(spec)).map((spec) => spec.name));
  const template = parsed.segments
    .map((s) => (typeof s === "string" ? s : missing.has(s.name) ? `${OPEN}${s.name}${CLOSE}` : s.source))
    .join("");
  const rendered = renderClause(
    { ...clause, template, variables: clause.variables.filter((v) => !missing.has(v.name)) },
    values,
  );
  if (!rendered.ok) return { inlines: [blank(clause.title)], missing: [...missing, clause.id] };
  const inlines: Inline[] = [];
  let cursor = 0;
  for (const m of rendered.text.matchAll(MARK)) {
    if (m.index > cursor) inlines.push(rendered.text.slice(cursor, m.index));
    const spec = clause.variables.find((v) => v.name === m[1]);
    inlines.push(blank(spec?.label ?? m[1] ?? ""));
    cursor = m.index + m[0].length;
  }
  if (cursor < rendered.text.length) inlines.push(rendered.text.slice(cursor));
  return { inlines, missing: [...missing] };
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
