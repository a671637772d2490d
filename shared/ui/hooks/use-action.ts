import { useCallback, useState } from "react";
import { fr } from "../i18n/fr";

export type ActionState<T> =
  | { readonly status: "idle" }
  | { readonly status: "busy" }
  | { readonly status: "done"; readonly value: T }
  | { readonly status: "failed"; readonly message: string };

/** Our readers and adapters throw French messages naming the sheet, cell or field; anything else gets a generic one. */
export function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : fr.errors.unexpected;
}

/**
 * Runs one host action at a time and keeps its outcome for the view: never a crash of the pane, always a French
 * message. The user's input lives in the form, not here, so a failure loses nothing and can be retried.
 */
export function useAction<T>(
  describeError: (error: unknown) => string = messageOf,
): [ActionState<T>, (work: () => Promise<T>) => Promise<void>] {
  const [state, setState] = useState<ActionState<T>>({ status: "idle" });
  const run = useCallback(
    async (work: () => Promise<T>) => {
      setState({ status: "busy" });
      try {
        setState({ status: "done", value: await work() });
      } catch (error) {
        setState({ status: "failed", message: describeError(error) });
      }
    },
    [describeError],
  );
  return [state, run];
}
