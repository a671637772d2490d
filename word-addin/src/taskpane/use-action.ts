import { useCallback, useState } from "react";
import { fr } from "../../../shared/ui/i18n/fr";

export type ActionState =
  | { readonly status: "idle" }
  | { readonly status: "busy" }
  | { readonly status: "done"; readonly message: string }
  | { readonly status: "failed"; readonly message: string };

/** One document action at a time; its outcome is always a French message, never a crash of the pane. */
export function useAction(): [ActionState, (work: () => Promise<string>) => Promise<void>] {
  const [state, setState] = useState<ActionState>({ status: "idle" });
  const run = useCallback(async (work: () => Promise<string>) => {
    setState({ status: "busy" });
    try {
      setState({ status: "done", message: await work() });
    } catch {
      // Office errors are English and technical; the secretary's input stays in the form, so she can retry.
      setState({ status: "failed", message: fr.errors.unexpected });
    }
  }, []);
  return [state, run];
}
