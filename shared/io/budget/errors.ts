/**
 * Unreadable budget input (truncated XML, wrong encoding, text in an amount…). The message is French and names
 * the place concerned; the CLI turns it into an InputError (exit 2), the add-ins show it as is.
 */
export class BudgetReadError extends Error {
  override readonly name = "BudgetReadError";
}
