import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { confirmQuestion, heldMessage } from "./undo-delete";
import { useUndoableDelete } from "./use-undoable-delete";

const useStyles = makeStyles({ row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS } });

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

/** A deletion asked, confirmed, then held for a few seconds with « Annuler » before anything is written. */
export function UndoableDelete({ what, consequence, feminine = false, disabled, onDelete }: Props) {
  const styles = useStyles();
  const { stage, ask, confirm, keep, cancel } = useUndoableDelete(onDelete);
  if (stage === "idle")
    return (
      <Button size="small" disabled={disabled} onClick={ask} aria-label={`Supprimer ${what}`}>
        Supprimer
      </Button>
    );
  if (stage === "confirming")
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{confirmQuestion(what, consequence)}</MessageBarBody>
        <MessageBarActions>
          <div className={styles.row}>
            <Button size="small" appearance="primary" onClick={confirm}>
              Confirmer la suppression
            </Button>
            <Button size="small" onClick={keep}>
              Garder
            </Button>
          </div>
        </MessageBarActions>
      </MessageBar>
    );
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody role="status">{heldMessage(stage, what, feminine)}</MessageBarBody>
      {stage === "held" && (
        <MessageBarActions>
          <Button size="small" onClick={cancel}>
            Annuler la suppression
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
