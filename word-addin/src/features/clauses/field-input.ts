import { NNBSP, resolveValue } from "@shared/domain/acts/clauses";
import { formatMoneyInput, parseMoney } from "@shared/domain/common/money";
import type { VariableSpec } from "@shared/domain/acts/clauses";

/** What a form field holds: the text typed, or a person's civilité and name. */
export type FieldInput = string | PersonInput;

export interface PersonInput {
  readonly civilite: string;
  readonly nom: string;
}

export type FieldCheck =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

const SPACES = /[\s\u00a0\u202f]/g;

/** "1 234,56 €", "1234.5", "800" → cents, in the suite's one money grammar; a clause amount is never negative. */
export function parseEuros(text: string): number | undefined {
  const cents = parseMoney(text);
  return cents !== undefined && cents >= 0 ? cents : undefined;
}

/** ISO dates pass; "12/09/2025" (browsers without a date picker) becomes ISO. */
function parseDate(text: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  return m ? `${m[3]}-${m[2]?.padStart(2, "0")}-${m[1]?.padStart(2, "0")}` : text;
}

function parseInput(spec: VariableSpec, input: FieldInput): FieldCheck {
  if (typeof input !== "string") return { ok: true, value: { civilite: input.civilite, nom: input.nom } };
  const text = input.trim();
  if (text === "") return { ok: true, value: undefined };
  switch (spec.type) {
    case "montant": {
      const cents = parseEuros(text);
      return cents === undefined
        ? { ok: false, error: `« ${spec.label} » : montant en euros attendu (ex. : 1 234,56).` }
        : { ok: true, value: cents };
    }
    case "integer": {
      const digits = text.replace(SPACES, "");
      return /^\d+$/.test(digits)
        ? { ok: true, value: Number(digits) }
        : { ok: false, error: `« ${spec.label} » : nombre entier attendu.` };
    }
    case "percent": {
      const number = text.replace(SPACES, "").replace(/%$/, "").replace(",", ".");
      return /^\d+(?:\.\d+)?$/.test(number)
        ? { ok: true, value: Number(number) }
        : { ok: false, error: `« ${spec.label} » : pourcentage attendu (ex. : 40,3).` };
    }
    case "date":
      return { ok: true, value: parseDate(text) };
    default:
      return { ok: true, value: input };
  }
}

/** Reads a field and checks it with the domain's rules; the error is French and names the field. */
export function checkField(spec: VariableSpec, input: FieldInput): FieldCheck {
  const parsed = parseInput(spec, input);
  if (!parsed.ok) return parsed;
  const resolved = resolveValue(spec, parsed.value);
  return resolved.ok ? parsed : { ok: false, error: resolved.error };
}

/** A stored value (prefill, values kept in the document) as the field shows it; unusable values give an empty field. */
export function toInput(spec: VariableSpec, value: unknown): FieldInput {
  if (spec.type === "person") {
    const person = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
    return {
      civilite: typeof person.civilite === "string" ? person.civilite : "",
      nom: typeof person.nom === "string" ? person.nom : "",
    };
  }
  if (spec.type === "montant" && typeof value === "number") return formatMoneyInput(value);
  if (spec.type === "percent" && typeof value === "number") return String(value).replace(".", ",");
  if (typeof value === "number") return String(value);
  return typeof value === "string" ? value.replaceAll(NNBSP, " ") : "";
}
