import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/** A line of information after a step of the view (nothing to select, a sheet created); nothing when there is none. */
export function Notice({ text }: { text: string | null }) {
  return text ? (
    <MessageBar intent="info" role="status">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  ) : null;
}
