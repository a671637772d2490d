import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatDateFr } from "@shared/domain/common";
import { keepUntil } from "@shared/domain/transmission/publication";
import type { ActeRecord } from "../../app/data/ports";
import { parisToUtc } from "../../common/paris-time";
import { useWrite } from "../seance/use-write";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
});

/**
 * Affichage: the day the act left the board, for the record. Two months at least after it was posted; an earlier
 * date is refused, since the act would then not have been public for the whole recours window.
 */
export function RemovalForm({ acte, publieLe, today }: { acte: ActeRecord; publieLe: string; today: string }) {
  const styles = useStyles();
  const { busy, write } = useWrite();
  const earliest = keepUntil(publieLe);
  const [date, setDate] = useState(today);
  const problem = !/^\d{4}-\d{2}-\d{2}$/.test(date)
    ? "Indiquez la date, au format jj/mm/aaaa."
    : date > today
      ? `La date ne peut être postérieure à aujourd'hui (${formatDateFr(today)}).`
      : date < earliest
        ? `L'acte reste affiché jusqu'au ${formatDateFr(earliest)} au moins (deux mois après l'affichage).`
        : undefined;
  return (
    <form
      className={styles.row}
      aria-label="Retrait de l'affichage"
      onSubmit={(e) => {
        e.preventDefault();
        if (problem === undefined)
          void write("actes", {
            kind: "update",
            id: acte.id,
            eTag: acte.eTag,
            patch: { publicationRetireeLe: parisToUtc(date, "12:00") },
          });
      }}
    >
      <Field
        label="Retiré de l'affichage le"
        size="small"
        validationState={problem ? "error" : "none"}
        validationMessage={problem}
      >
        <Input type="date" size="small" value={date} max={today} onChange={(_e, d) => setDate(d.value)} />
      </Field>
      <Button size="small" type="submit" disabled={busy || problem !== undefined}>
        Enregistrer le retrait
      </Button>
    </form>
  );
}
