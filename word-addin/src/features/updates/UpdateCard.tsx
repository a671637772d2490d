import { Caption1, Card, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ActionButton } from "../clauses/ActionButton";
import { PrefillNote } from "../clauses/PrefillNote";
import { FilledForm } from "../clauses/FilledForm";
import { StandingNotice } from "../clauses/standing";
import type { Prefill } from "../clauses/use-prefill";
import type { Outdated } from "./updates";
import { useUpdateCard } from "./use-updates";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface UpdateCardProps {
  readonly item: Outdated;
  readonly prefill: Prefill;
  readonly onUpdated: (message: string) => void;
}

/** One clause to update: the new version re-rendered with the values kept at insertion, editable again. */
export function UpdateCard({ item, prefill, onUpdated }: UpdateCardProps) {
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
      <FilledForm variables={newer.variables} form={form} text={text} />
      <ActionButton
        label="Mettre à jour"
        busyLabel="Mise à jour…"
        text={text}
        action={action}
        onRun={(t) => void update(t)}
      />
    </Card>
  );
}
