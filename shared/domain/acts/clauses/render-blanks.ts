import type { Clause, ClauseValues, VariableSpec } from "./model";
import { renderClause } from "./render";
import { parseTemplate } from "./template";

/**
 * A value nobody gave: in the act, an empty field the secretary fills (Word highlights it), and that the act checker
 * reads as missing (« à compléter »), since it is only non-breaking spaces. Never an example value.
 */
export const BLANK_FIELD = "\u00a0".repeat(14);

/** A part of a filled clause: its text, or the blank standing for a variable (named by its label). */
export type FilledPart = string | { readonly blank: string };

export type FilledResult =
  | { readonly ok: true; readonly parts: readonly FilledPart[]; readonly missing: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Private-use marks around a missing variable's name: never in a value, never in a template. */
const OPEN = "\ue000";
const CLOSE = "\ue001";
const MARK = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, "g");

const present = (values: ClauseValues, name: string): boolean =>
  Object.hasOwn(values, name) && values[name] !== undefined && values[name] !== "";

/**
 * Fills a clause with what is known, through `renderClause`; each variable no value fills (or whose value the
 * renderer refuses on its own) becomes a blank. Errors only when the known values cannot go together.
 */
export function renderClauseWithBlanks(clause: Clause, values: ClauseValues): FilledResult {
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
  if (!rendered.ok) return rendered;
  const parts: FilledPart[] = [];
  let cursor = 0;
  for (const m of rendered.text.matchAll(MARK)) {
    if (m.index > cursor) parts.push(rendered.text.slice(cursor, m.index));
    const spec = clause.variables.find((v) => v.name === m[1]);
    parts.push({ blank: spec?.label ?? m[1] ?? "" });
    cursor = m.index + m[0].length;
  }
  if (cursor < rendered.text.length) parts.push(rendered.text.slice(cursor));
  return { ok: true, parts, missing: [...missing] };
}

/** The parts as the act's text: each blank is BLANK_FIELD. */
export const filledText = (parts: readonly FilledPart[]): string =>
  parts.map((part) => (typeof part === "string" ? part : BLANK_FIELD)).join("");
