import { VARIABLES, parseTemplate } from "@shared/domain/acts/clauses";
import type { VariableName, VariableSpec } from "@shared/domain/acts/clauses";

/**
 * A network clause is free text typed in the Teams tab. Its variables are written `{{nom}}` (spaces allowed inside
 * the braces, `{{maire|le Maire/la Maire}}` for the forms): double braces, because a secretary may well type a
 * single brace in a sentence, and because a name of the catalog (`{{commune}}`, `{{dateSeance}}`) then takes the
 * catalog's type and label, so the act's prefill fills it like in a built-in clause. Any other name is a text field.
 */
export interface NetworkTemplate {
  /** In the catalog's template syntax (`{nom}`), ready for the renderer. */
  readonly template: string;
  readonly variables: readonly VariableSpec[];
  /** French messages: a lone brace, a malformed placeholder. */
  readonly errors: readonly string[];
}

const PLACEHOLDER = /\{\{\s*([a-zA-Z][a-zA-Z0-9]*)\s*(?:\|([^{}]*))?\}\}/g;

const isCatalogName = (name: string): name is VariableName => Object.hasOwn(VARIABLES, name);

/** "nomDuTerrain" → "Nom du terrain": the label of a field the catalog does not know. */
function labelOf(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function specOf(name: string): VariableSpec {
  return isCatalogName(name) ? { ...VARIABLES[name], name } : { type: "text", label: labelOf(name), name };
}

export function parseNetworkTemplate(text: string): NetworkTemplate {
  const names: string[] = [];
  let template = "";
  let cursor = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const [source, name = "", forms] = m;
    template += `${text.slice(cursor, m.index)}{${name}${forms === undefined ? "" : `|${forms.trim()}`}}`;
    if (!names.includes(name)) names.push(name);
    cursor = m.index + source.length;
  }
  template += text.slice(cursor);
  return { template, variables: names.map(specOf), errors: parseTemplate(template).errors };
}
