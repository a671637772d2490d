import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { PendingWrite } from "../app/data/writer";
import { describeValues, problemNotice } from "./pending-writes";

/** A write in conflict (reload, or overwrite after reading) or refused (abandon it): the user decides. */
export function PendingProblem({
  write,
  discard,
  overwrite,
}: {
  write: PendingWrite;
  discard: () => void;
  overwrite: () => void;
}) {
  const { conflict, title, text } = problemNotice(write);
  return (
    <MessageBar intent={conflict ? "warning" : "error"}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {text}
        {describeValues(write)}
      </MessageBarBody>
      <MessageBarActions>
        {conflict && <Button onClick={discard}>Recharger</Button>}
        {conflict && (
          <Button appearance="primary" onClick={overwrite}>
            Écraser après relecture
          </Button>
        )}
        {write.state === "rejected" && <Button onClick={discard}>Abandonner cette modification</Button>}
      </MessageBarActions>
    </MessageBar>
  );
}
