import { fr } from "../i18n/fr";

/**
 * The one vocabulary of every page for work that takes time: a host action the secretary starts (`useAction`) and
 * data a view reads (`useLoad`) are both idle, busy, done with a value, or failed with a French message.
 */
export type AsyncState<T> =
  | { readonly status: "idle" }
  | { readonly status: "busy" }
  | { readonly status: "done"; readonly value: T }
  | { readonly status: "failed"; readonly message: string };

/** Our readers and adapters throw French messages naming the sheet, cell or field; anything else gets a generic one. */
export function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : fr.errors.unexpected;
}
