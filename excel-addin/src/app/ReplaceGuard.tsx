import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";

/** Asks before a template or an import replaces sheets the secretary may have filled in. */
export function ReplaceGuard({
  sheets,
  onConfirm,
  onCancel,
}: {
  sheets: readonly string[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const names = sheets.map((s) => `« ${s} »`).join(" et ");
  return (
    <MessageBar intent="warning" role="alert" layout="multiline">
      <MessageBarBody>{`Le classeur a déjà ${sheets.length > 1 ? "les feuilles" : "la feuille"} ${names} : ${sheets.length > 1 ? "elles seront remplacées" : "elle sera remplacée"}.`}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onConfirm}>
          Remplacer
        </Button>
        <Button onClick={onCancel}>Annuler</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
