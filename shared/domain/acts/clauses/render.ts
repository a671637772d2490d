import type { Clause, ClauseValues } from "./model";
import type { Placeholder } from "./template";
import { parseTemplate } from "./template";
import type { ResolvedValue } from "./values";
import { resolveValue } from "./values";

export type RenderResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly errors: readonly string[] };

function insert(placeholder: Placeholder, value: ResolvedValue): string | { readonly error: string } {
  const modifier = placeholder.modifier;
  if (!modifier) return value.text;
  if (modifier.kind === "nom")
    return value.nom ?? { error: `Modèle : ${placeholder.source} — « nom » ne s'applique qu'à une personne.` };
  if (!value.genre)
    return { error: `Modèle : ${placeholder.source} — l'accord suppose une personne ou le titre du maire.` };
  return value.genre === "feminin" ? modifier.feminin : modifier.masculin;
}

/**
 * Fills a clause's template. Every declared variable is checked (missing, wrong type, impossible date) and all
 * errors are returned together, in French. Values are plain text: inserted once, never parsed as markup.
 */
export function renderClause(clause: Clause, values: ClauseValues): RenderResult {
  const parsed = parseTemplate(clause.template);
  const errors: string[] = [...parsed.errors];
  const resolved = new Map<string, ResolvedValue>();
  for (const spec of clause.variables) {
    const result = resolveValue(spec, Object.hasOwn(values, spec.name) ? values[spec.name] : undefined);
    if (result.ok) resolved.set(spec.name, result.value);
    else errors.push(result.error);
  }
  const declared = new Set(clause.variables.map((v) => v.name));
  const parts: string[] = [];
  for (const segment of parsed.segments) {
    if (typeof segment === "string") {
      parts.push(segment);
      continue;
    }
    if (!declared.has(segment.name)) {
      errors.push(`Modèle : ${segment.source} — variable non déclarée.`);
      continue;
    }
    const value = resolved.get(segment.name);
    if (!value) continue;
    const text = insert(segment, value);
    if (typeof text === "string") parts.push(text);
    else errors.push(text.error);
  }
  return errors.length > 0 ? { ok: false, errors: [...new Set(errors)] } : { ok: true, text: parts.join("") };
}
