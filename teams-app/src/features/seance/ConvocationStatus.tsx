import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { ConvocationStatus as Status } from "./convocation-status";

/** Where the convocation stands: its deadline, late or to be sent again, sent. */
export function ConvocationStatus({ status }: { status: Status }) {
  return (
    <>
      <Text>{status.deadline}</Text>
      {status.late && (
        <MessageBar intent="error">
          <MessageBarBody>{status.late}</MessageBarBody>
        </MessageBar>
      )}
      {status.resend && (
        <MessageBar intent="warning">
          <MessageBarBody>{status.resend}</MessageBarBody>
        </MessageBar>
      )}
      {status.sent && (
        <MessageBar intent="success">
          <MessageBarBody>{status.sent}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
