import { Button, Caption1, Card, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { PrefillNote } from "../clauses/ClauseForm";
import { RenderedText } from "../clauses/RenderedText";
import { StandingNotice } from "../clauses/standing";
import type { Prefill } from "../clauses/use-prefill";
import { usePrefill } from "../clauses/use-prefill";
import { VariablesForm } from "../clauses/VariablesForm";
import { ActionStatus } from "@shared/ui/components/ActionStatus";
import type { Outdated } from "./updates";
import { useUpdateCard, useUpdates } from "./use-updates";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  card: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** One clause to update: the new version re-rendered with the values kept at insertion, editable again. */
function UpdateCard({
  item,
  prefill,
  onUpdated,
}: {
  item: Outdated;
  prefill: Prefill;
  onUpdated: (message: string) => void;
}) {
  const styles = useStyles();
  const { newer, inserted } = item;
  const { form, standing, text, action, update } = useUpdateCard(item, prefill, onUpdated);
  return (
    <Card className={styles.card} aria-label={`Mise à jour : ${newer.title}`}>
      <Subtitle2 as="h3">{newer.title}</Subtitle2>
      <Caption1>{`Version ${inserted.version} dans le document, version ${newer.version} ${standing.provenance}.`}</Caption1>
      <StandingNotice clause={newer} standing={standing} />
      {inserted.values ? (
        <Caption1>Champs repris des valeurs utilisées à l'insertion.</Caption1>
      ) : (
        <PrefillNote prefill={prefill} />
      )}
      <VariablesForm
        variables={newer.variables}
        inputs={form.inputs}
        errors={form.reading.errors}
        missing={form.reading.missing}
        onChange={form.setInput}
      />
      <RenderedText text={text} />
      <Button
        appearance="primary"
        disabled={text === undefined || action.status === "busy"}
        onClick={() => text !== undefined && void update(text)}
      >
        Mettre à jour
      </Button>
      <ActionStatus state={action} busyLabel="Mise à jour…" describeDone={String} />
    </Card>
  );
}

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
