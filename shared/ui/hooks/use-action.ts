import { useCallback, useState } from "react";
import { messageOf } from "./async-state";
import type { AsyncState } from "./async-state";

/**
 * Runs one host action at a time and keeps its outcome for the view: never a crash of the pane, always a French
 * message. The user's input lives in the form, not here, so a failure loses nothing and can be retried.
 */
export function useAction<T>(
  describeError: (error: unknown) => string = messageOf,
): [AsyncState<T>, (work: () => Promise<T>) => Promise<void>] {
  const [state, setState] = useState<AsyncState<T>>({ status: "idle" });
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
