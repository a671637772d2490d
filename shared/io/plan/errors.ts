/**
 * Unreadable plan input (malformed JSON, a text where the sheet wants an amount…). The message is French and
 * names the field or the cell; the CLI turns it into an InputError (exit 2), the add-ins show it as is.
 */
export class PlanReadError extends Error {
  override readonly name = "PlanReadError";
}
