import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { PointRecord } from "../../app/data/ports";
import type { Vote } from "./seance-details";
import { VOTE_COLUMNS, useVoteRow } from "./use-vote-row";

const useStyles = makeStyles({
  vote: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 6.5em)) auto auto",
    // In a task pane the three numbers take one line, the buttons the next one.
    "@media (max-width: 599px)": { gridTemplateColumns: "repeat(3, minmax(0, 1fr))" },
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
  number: { minWidth: 0, width: "100%" },
});

/** The vote of one point, typed then saved on the point's item (an item per keystroke would race its own eTag). */
export function VoteRow(props: { point: PointRecord; recorded: Vote; votants: number }) {
  const { point, votants } = props;
  const styles = useStyles();
  const { vote, busy, changed, type, unanimous, save } = useVoteRow(props);
  return (
    <div className={styles.vote}>
      {VOTE_COLUMNS.map(([key, name]) => (
        <Field key={key} label={name}>
          <Input
            className={styles.number}
            size="small"
            type="number"
            min={0}
            aria-label={`${name} — ${point.numero}. ${point.titre}`}
            value={String(vote[key])}
            onChange={(_e, d) => type(key, d.value)}
          />
        </Field>
      ))}
      <Button
        size="small"
        disabled={busy || votants === 0}
        aria-label={`Unanimité au point ${point.numero} (${votants} pour)`}
        onClick={unanimous}
      >
        Unanimité
      </Button>
      <Button
        size="small"
        aria-label={`Enregistrer le vote du point ${point.numero}`}
        disabled={busy || !changed}
        onClick={save}
      >
        Enregistrer
      </Button>
    </div>
  );
}
