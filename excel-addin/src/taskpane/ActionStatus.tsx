import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import type { ActionState } from "./use-action";

/** What a workbook action is doing: a spinner while it runs, its error in a MessageBar when it failed. */
export function ActionStatus<T>({ state, busyLabel, failureTitle }: { state: ActionState<T>; busyLabel: string; failureTitle: string }) {
  if (state.status === "busy") return <Spinner size="tiny" label={busyLabel} />;
  if (state.status !== "failed") return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{failureTitle}</MessageBarTitle>
        {state.message}
      </MessageBarBody>
    </MessageBar>
  );
}
