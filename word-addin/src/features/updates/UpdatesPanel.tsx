import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { ActionStatus } from "@shared/ui/components/ActionStatus";
import { usePrefill } from "../clauses/use-prefill";
import { UpdateCard } from "./UpdateCard";
import { useUpdates } from "./use-updates";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/** Clauses of the document whose offered version in the library (validated, or the team's) is newer than the inserted one. */
export function UpdatesPanel() {
  const styles = useStyles();
  const prefill = usePrefill();
  const { outdated, action, scan, rescan } = useUpdates();
  return (
    <div className={styles.root}>
      <Button onClick={rescan} disabled={action.status === "busy"}>
        Rechercher les mises à jour
      </Button>
      <ActionStatus state={action} busyLabel="Lecture des clauses du document…" describeDone={String} />
      {outdated && !prefill && <Spinner size="tiny" label="Lecture de l'acte…" />}
      {outdated &&
        prefill &&
        outdated.map((item) => (
          <UpdateCard
            key={item.inserted.clauseId}
            item={item}
            prefill={prefill}
            onUpdated={(message) => void scan(message)}
          />
        ))}
    </div>
  );
}
