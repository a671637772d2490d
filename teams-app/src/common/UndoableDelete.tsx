import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { useServices } from "../app/services";

const useStyles = makeStyles({ row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS } });

/** How long a confirmed deletion waits for an « Annuler » before it is written. */
export const DEFAULT_UNDO_DELAY_MS = 8000;

interface Props {
  /** « le point 3 « Budget primitif » », « la séance du 05/12/2026 ». */
  readonly what: string;
  /** What goes with it, said before confirming. */
  readonly consequence?: string | undefined;
  /** For the agreement of « supprimé » / « supprimée ». */
  readonly feminine?: boolean;
  readonly disabled?: boolean;
  /** The writes of the deletion, run once the delay has passed without an « Annuler ». */
  readonly onDelete: () => Promise<unknown>;
}

/**
 * A deletion asked, confirmed, then held for a few seconds with « Annuler » before anything is written. Leaving the
 * view does not cancel a confirmed deletion: it is written at once.
 */
export function UndoableDelete({ what, consequence, feminine = false, disabled, onDelete }: Props) {
  const styles = useStyles();
  const { undoDelayMs = DEFAULT_UNDO_DELAY_MS } = useServices();
  const [state, setState] = useState<"idle" | "confirming" | "held" | "deleting">("idle");
  const run = useRef(onDelete);
  useEffect(() => {
    run.current = onDelete;
  });
  // Set by « Annuler la suppression », read when the held state's effect is cleaned up.
  const cancelled = useRef(false);
  useEffect(() => {
    if (state !== "held") return;
    cancelled.current = false;
    let fired = false;
    const timer = setTimeout(() => {
      fired = true;
      setState("deleting");
      void run.current();
    }, undoDelayMs);
    return () => {
      clearTimeout(timer);
      // Unmounted while held (the user left the view): the confirmed deletion is not lost.
      if (!fired && !cancelled.current) void run.current();
    };
  }, [state, undoDelayMs]);
  const capitalised = `${what.charAt(0).toUpperCase()}${what.slice(1)}`;
  if (state === "idle")
    return (
      <Button size="small" disabled={disabled} onClick={() => setState("confirming")} aria-label={`Supprimer ${what}`}>
        Supprimer
      </Button>
    );
  if (state === "confirming")
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{`Supprimer ${what} ?${consequence ? ` ${consequence}` : ""}`}</MessageBarBody>
        <MessageBarActions>
          <div className={styles.row}>
            <Button size="small" appearance="primary" onClick={() => setState("held")}>
              Confirmer la suppression
            </Button>
            <Button size="small" onClick={() => setState("idle")}>
              Garder
            </Button>
          </div>
        </MessageBarActions>
      </MessageBar>
    );
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody role="status">
        {state === "held"
          ? `${capitalised} va être ${feminine ? "supprimée" : "supprimé"}.`
          : `Suppression de ${what} en cours…`}
      </MessageBarBody>
      {state === "held" && (
        <MessageBarActions>
          <Button
            size="small"
            onClick={() => {
              cancelled.current = true;
              setState("idle");
            }}
          >
            Annuler la suppression
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
