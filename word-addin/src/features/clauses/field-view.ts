import type { VariableSpec } from "@shared/domain/acts/clauses";
import type { FieldInput, PersonInput } from "./field-input";

/** What one field of a clause form receives. */
export interface FieldProps {
  readonly spec: VariableSpec;
  readonly input: FieldInput;
  readonly error: string | undefined;
  /** Left empty: it will be an empty highlighted field of the act. */
  readonly empty: boolean;
  readonly onChange: (input: FieldInput) => void;
}

export const CIVILITES = ["M.", "Mme"] as const;
export const MAIRE_TITLES = { monsieur: "Monsieur le Maire", madame: "Madame la Maire" } as const;

/** An error says what to correct; an empty field says that the act will show it highlighted, to complete. */
export const validation = (error: string | undefined, empty: boolean) =>
  error
    ? { validationMessage: error }
    : empty
      ? { validationState: "warning" as const, validationMessage: "À compléter : laissé vide et surligné dans l'acte." }
      : {};

export const asText = (input: FieldInput) => (typeof input === "string" ? input : "");
export const asPerson = (input: FieldInput): PersonInput =>
  typeof input === "string" ? { civilite: "", nom: "" } : input;

/** A number field: the keyboard a phone shows, and the unit written after the value. */
export function numberInput(type: VariableSpec["type"]): {
  inputMode: "numeric" | "decimal";
  contentAfter: string | undefined;
} {
  return {
    inputMode: type === "integer" ? "numeric" : "decimal",
    contentAfter: type === "montant" ? "€" : type === "percent" ? "%" : undefined,
  };
}
