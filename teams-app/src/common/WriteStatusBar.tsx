import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { fieldLabel, isDateTime, isLookup } from "../app/data/labels";
import { formatParisDateTime } from "./paris-time";
import type { PendingWrite } from "../app/data/writer";
import { useServices } from "../app/services";
import { useRefresh } from "@shared/ui/hooks/use-load";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS } });

function describeValues({ list, values }: PendingWrite): string {
  return Object.entries(values ?? {})
    .filter(([k, v]) => v !== undefined && v !== "" && !isLookup(list, k))
    .map(
      ([k, v]) =>
        `${fieldLabel(list, k)} : ${typeof v === "string" && isDateTime(list, k) ? formatParisDateTime(v) : String(v)}`,
    )
    .join(" ; ");
}

function usePending(): PendingWrite[] {
  const { writer } = useServices();
  const [pending, setPending] = useState(() => writer.pending());
  useEffect(() => writer.subscribe(() => setPending(writer.pending())), [writer]);
  return pending;
}

/** Writes that had failed and reach the server later, on their own: the views then reload to show them. */
function useRefreshWhenSent(pending: readonly PendingWrite[], refresh: () => void): void {
  const retried = useRef<readonly string[]>([]);
  useEffect(() => {
    const sent = retried.current.some((key) => !pending.some((p) => p.key === key));
    retried.current = pending.filter((p) => p.message !== undefined).map((p) => p.key);
    if (sent) refresh();
  }, [pending, refresh]);
}

/**
 * Writes not yet on the server: queued ones (network, throttling) are retried on their own; a conflict waits for
 * the user, who reloads the other person's version or, having read it, writes theirs over it. Nothing is dropped
 * without the user asking.
 */
export function WriteStatusBar() {
  const styles = useStyles();
  const { writer } = useServices();
  const { refresh } = useRefresh();
  const pending = usePending();
  const queued = pending.filter((p) => p.state === "pending");
  // Until a first try has failed, the write is simply on its way: saying the server did not answer would be false.
  const failed = queued.some((p) => p.message !== undefined);
  const count = `${queued.length} modification${queued.length > 1 ? "s" : ""}`;
  useRefreshWhenSent(pending, refresh);
  const act = (action: () => unknown) => () => void Promise.resolve(action()).finally(refresh);
  return (
    <div className={styles.root} aria-live="polite">
      {queued.length > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{failed ? `${count} en attente d'envoi` : `${count} en cours d'envoi`}</MessageBarTitle>
            {failed
              ? "Le serveur n'a pas répondu ; votre saisie est conservée dans ce navigateur et sera renvoyée automatiquement."
              : "Votre saisie est conservée dans ce navigateur jusqu'à ce que le serveur l'ait enregistrée."}
            <ul aria-label="Saisies en attente d'envoi">
              {queued.map((p) => (
                <li key={p.key}>{describeValues(p)}</li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={act(() => writer.retryNow())}>Réessayer</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {pending
        .filter((p) => p.state !== "pending")
        .map((p) => (
          <MessageBar key={p.key} intent={p.state === "conflict" ? "warning" : "error"}>
            <MessageBarBody>
              <MessageBarTitle>
                {p.state === "conflict" ? "Modifié par quelqu'un d'autre" : "Enregistrement refusé"}
              </MessageBarTitle>
              {p.state === "conflict"
                ? "Cet élément a changé depuis que vous l'avez ouvert. La page affiche maintenant la version enregistrée ; votre saisie est conservée : "
                : `${p.message ?? ""} Votre saisie : `}
              {describeValues(p)}
            </MessageBarBody>
            <MessageBarActions>
              {p.state === "conflict" && <Button onClick={act(() => writer.discard(p.key))}>Recharger</Button>}
              {p.state === "conflict" && (
                <Button appearance="primary" onClick={act(() => writer.overwrite(p.key))}>
                  Écraser après relecture
                </Button>
              )}
              {p.state === "rejected" && (
                <Button onClick={act(() => writer.discard(p.key))}>Abandonner cette modification</Button>
              )}
            </MessageBarActions>
          </MessageBar>
        ))}
    </div>
  );
}
