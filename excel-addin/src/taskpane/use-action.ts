import { useCallback, useState } from "react";
import { fr } from "../../../shared/ui/i18n/fr";

export type ActionState<T> =
  | { readonly status: "idle" }
  | { readonly status: "busy" }
  | { readonly status: "done"; readonly value: T }
  | { readonly status: "failed"; readonly message: string };

/** Our readers and adapters throw French messages naming the sheet and cell; anything else gets a generic one. */
export function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : fr.errors.unexpected;
}

/** Runs one workbook action at a time and keeps its outcome for the view: never a crash, always a message. */
export function useAction<T>(): [ActionState<T>, (work: () => Promise<T>) => Promise<void>] {
  const [state, setState] = useState<ActionState<T>>({ status: "idle" });
  const run = useCallback(async (work: () => Promise<T>) => {
    setState({ status: "busy" });
    try {
      setState({ status: "done", value: await work() });
    } catch (error) {
      setState({ status: "failed", message: messageOf(error) });
    }
  }, []);
  return [state, run];
}
