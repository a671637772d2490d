import { DEADLINES } from "./deadlines";
import { formatDateLong } from "./format";
import { joinValue } from "./french";
import type { Clause, ClauseValues } from "./model";
import type { Placeholder } from "./template";
import { parseTemplate } from "./template";
import type { ResolvedValue } from "./values";
import { resolveValue } from "./values";

export type RenderResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly errors: readonly string[] };

type Inserted = string | { readonly error: string };

/** « adjoint/adjointe » agreed with a person: the form of the person's gender. */
function agree(placeholder: Placeholder, value: ResolvedValue, other: ResolvedValue | undefined): Inserted {
  const forms = value.text.split("/");
  if (forms.length !== 2)
    return { error: `Modèle : ${placeholder.source} — l'accord suppose un choix « masculin/féminin ».` };
  if (!other?.genre)
    return { error: `Modèle : ${placeholder.source} — l'accord suppose une personne ou le titre du maire.` };
  return (other.genre === "feminin" ? forms[1] : forms[0]) ?? "";
}

function insert(
  placeholder: Placeholder,
  value: ResolvedValue,
  resolved: ReadonlyMap<string, ResolvedValue>,
): Inserted {
  const modifier = placeholder.modifier;
  if (!modifier) return value.text;
  if (modifier.kind === "nom")
    return value.nom ?? { error: `Modèle : ${placeholder.source} — « nom » ne s'applique qu'à une personne.` };
  if (modifier.kind === "accord") return agree(placeholder, value, resolved.get(modifier.with));
  if (modifier.kind === "echeance") {
    const year = Number(value.text);
    return Number.isInteger(year)
      ? formatDateLong(DEADLINES[modifier.deadline](year))
      : { error: `Modèle : ${placeholder.source} — une échéance se calcule sur une année.` };
  }
  if (!value.genre)
    return { error: `Modèle : ${placeholder.source} — l'accord suppose une personne ou le titre du maire.` };
  return value.genre === "feminin" ? modifier.feminin : modifier.masculin;
}

/**
 * Fills a clause's template. Every declared variable is checked (missing, wrong type, impossible date) and all
 * errors are returned together, in French. Values are plain text: inserted once, never parsed as markup; where a
 * value meets the template's text, French elision and contraction apply (« d'adjoint », « du Mans »).
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
  let text = "";
  for (const segment of parsed.segments) {
    if (typeof segment === "string") {
      text += segment;
      continue;
    }
    if (!declared.has(segment.name)) {
      errors.push(`Modèle : ${segment.source} — variable non déclarée.`);
      continue;
    }
    const value = resolved.get(segment.name);
    if (!value) continue;
    const inserted = insert(segment, value, resolved);
    if (typeof inserted !== "string") {
      errors.push(inserted.error);
      continue;
    }
    const joined = joinValue(text, inserted);
    text = joined.before + joined.value;
  }
  return errors.length > 0 ? { ok: false, errors: [...new Set(errors)] } : { ok: true, text };
}
