import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { PendingProblem } from "./PendingProblem";
import { describeValues, problems, queuedNotice } from "./pending-writes";
import { useWriteStatus } from "./use-write-status";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS } });

/**
 * Writes not yet on the server: queued ones (network, throttling) are retried on their own; a conflict waits for
 * the user, who reloads the other person's version or, having read it, writes theirs over it. Nothing is dropped
 * without the user asking.
 */
export function WriteStatusBar() {
  const styles = useStyles();
  const { pending, retryNow, discard, overwrite } = useWriteStatus();
  const notice = queuedNotice(pending);
  return (
    <div className={styles.root} aria-live="polite">
      {notice && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.text}
            <ul aria-label="Saisies en attente d'envoi">
              {notice.queued.map((p) => (
                <li key={p.key}>{describeValues(p)}</li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={retryNow}>Réessayer</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {problems(pending).map((p) => (
        <PendingProblem key={p.key} write={p} discard={discard(p.key)} overwrite={overwrite(p.key)} />
      ))}
    </div>
  );
}
