import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ActionStatus } from "@shared/ui/components/ActionStatus";
import { SectionVoteTable } from "./SectionVoteTable";
import { useChapitreVote } from "./use-chapitre-vote";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/** « Vote par chapitre » : the workbook's budget as the council votes it (CGCT L2312-2). */
export function ChapitreView() {
  const styles = useStyles();
  const { state, show } = useChapitreVote();
  return (
    <div className={styles.root}>
      <Text>Le conseil vote le budget par chapitre : les articles de la feuille « Budget » y sont regroupés.</Text>
      <Button appearance="primary" onClick={show} disabled={state.status === "busy"}>
        Afficher le budget par chapitre
      </Button>
      <ActionStatus state={state} busyLabel="Lecture du budget…" failureTitle="Le budget n'a pas pu être lu" />
      {state.status === "done" &&
        state.value.map((vote) => <SectionVoteTable key={`${vote.section}${vote.sens}`} vote={vote} />)}
    </div>
  );
}
