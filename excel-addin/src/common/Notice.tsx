import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/** A line of information after a step of the view (nothing to select, a sheet created); nothing when there is none. */
export function Notice({ text, intent = "info" }: { text: string | null; intent?: "info" | "success" }) {
  return text ? (
    <MessageBar intent={intent} role="status">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  ) : null;
}
