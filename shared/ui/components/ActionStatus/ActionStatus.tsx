import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import type { AsyncState } from "../../hooks/async-state";

export interface ActionStatusProps<T> {
  readonly state: AsyncState<T>;
  readonly busyLabel: string;
  readonly failureTitle?: string;
  /** The success message to show, when the action's outcome deserves one (an empty one shows nothing). */
  readonly describeDone?: (value: T) => string;
}

/** A spinner while a host action runs, then its failure (or, when asked, its success) in a MessageBar. */
export function ActionStatus<T>({ state, busyLabel, failureTitle, describeDone }: ActionStatusProps<T>) {
  if (state.status === "busy") return <Spinner size="tiny" label={busyLabel} />;
  if (state.status === "done") {
    const message = describeDone?.(state.value);
    return message ? (
      <MessageBar intent="success" role="status">
        <MessageBarBody>{message}</MessageBarBody>
      </MessageBar>
    ) : null;
  }
  if (state.status !== "failed") return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        {failureTitle && <MessageBarTitle>{failureTitle}</MessageBarTitle>}
        {state.message}
      </MessageBarBody>
    </MessageBar>
  );
}
