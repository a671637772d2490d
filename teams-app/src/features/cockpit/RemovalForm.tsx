import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { removalDateProblem } from "@shared/domain/transmission/publication";
import { useState } from "react";
import type { ActeRecord } from "../../app/data/ports";
import { parisToUtc } from "../../common/paris-time";
import { useActePatch } from "./use-acte-patch";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
});

/** Affichage: the day the act left the board, for the record, refused when it is too early (`removalDateProblem`). */
export function RemovalForm({ acte, publieLe, today }: { acte: ActeRecord; publieLe: string; today: string }) {
  const styles = useStyles();
  const [date, setDate] = useState(today);
  const problem = removalDateProblem(date, publieLe, today);
  const { canSave, onSubmit } = useActePatch(acte, problem, () => ({
    publicationRetireeLe: parisToUtc(date, "12:00"),
  }));
  return (
    <form className={styles.row} aria-label="Retrait de l'affichage" onSubmit={onSubmit}>
      <Field
        label="Retiré de l'affichage le"
        size="small"
        validationState={problem ? "error" : "none"}
        validationMessage={problem}
      >
        <Input type="date" size="small" value={date} max={today} onChange={(_e, d) => setDate(d.value)} />
      </Field>
      <Button size="small" type="submit" disabled={!canSave}>
        Enregistrer le retrait
      </Button>
    </form>
  );
}
