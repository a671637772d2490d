import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { ActionState } from "./use-action";

/** A spinner while a document action runs, then its outcome. */
export function ActionStatus({ state, busyLabel }: { state: ActionState; busyLabel: string }) {
  if (state.status === "idle") return null;
  if (state.status === "busy") return <Spinner size="tiny" label={busyLabel} />;
  return (
    <MessageBar intent={state.status === "done" ? "success" : "error"} role={state.status === "done" ? "status" : "alert"}>
      <MessageBarBody>{state.message}</MessageBarBody>
    </MessageBar>
  );
}
