import type { DeadlineName } from "./deadlines";
import { isDeadlineName } from "./deadlines";

/**
 * Clause templates: plain text with placeholders. `{name}` inserts a value; `{name|le Maire/la Maire}` picks the
 * masculine or feminine form from a person's civilité or the maire's title; `{name|nom}` gives a person's name
 * without civilité; `{qualite|person}` agrees a choice whose options are written « adjoint/adjointe » with the
 * gender of the person `person`. Braces are reserved: a lone "{" or "}" is a template error, so a value can never be read as
 * a placeholder (values are inserted once, never parsed).
 */

export type Modifier =
  | { readonly kind: "genre"; readonly masculin: string; readonly feminin: string }
  | { readonly kind: "nom" }
  | { readonly kind: "accord"; readonly with: string }
  /** `{exercice|limite-budget}`: a legal deadline computed from the year, never typed in the text. */
  | { readonly kind: "echeance"; readonly deadline: DeadlineName };

export interface Placeholder {
  readonly name: string;
  readonly modifier?: Modifier;
  /** The placeholder as written, for messages. */
  readonly source: string;
}

export type Segment = string | Placeholder;

export interface ParsedTemplate {
  readonly segments: readonly Segment[];
  readonly errors: readonly string[];
}

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)(?:\|([^{}]*))?\}/g;

function modifierOf(raw: string | undefined, source: string, errors: string[]): Modifier | undefined {
  if (raw === undefined) return undefined;
  if (raw === "nom") return { kind: "nom" };
  if (isDeadlineName(raw)) return { kind: "echeance", deadline: raw };
  if (/^[a-zA-Z][a-zA-Z0-9]*$/.test(raw)) return { kind: "accord", with: raw };
  const forms = raw.split("/");
  if (forms.length === 2 && forms[0] && forms[1]) return { kind: "genre", masculin: forms[0], feminin: forms[1] };
  errors.push(`Modèle : ${source} — la forme doit être « nom », « masculin/féminin » ou le nom d'une personne.`);
  return undefined;
}

function strayBraces(text: string, errors: string[]): void {
  if (/[{}]/.test(text)) errors.push(`Modèle : accolade isolée dans « ${text.trim().slice(0, 40)} ».`);
}

export function parseTemplate(template: string): ParsedTemplate {
  const segments: Segment[] = [];
  const errors: string[] = [];
  let cursor = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    const before = template.slice(cursor, m.index);
    strayBraces(before, errors);
    if (before) segments.push(before);
    const [source, name = ""] = m;
    const modifier = modifierOf(m[2], source, errors);
    segments.push(modifier ? { name, modifier, source } : { name, source });
    cursor = m.index + source.length;
  }
  const tail = template.slice(cursor);
  strayBraces(tail, errors);
  if (tail) segments.push(tail);
  return { segments, errors };
}

/** Names used by a template, in order of first use. */
export function placeholderNames(parsed: ParsedTemplate): string[] {
  const names = parsed.segments.filter((s): s is Placeholder => typeof s !== "string").map((p) => p.name);
  return [...new Set(names)];
}
