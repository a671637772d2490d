import { Button, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { AR_ID_MAX, checkAcknowledgement } from "@shared/domain/transmission/acknowledgement";
import type { ActeRecord } from "../../app/data/ports";
import { parisToUtc } from "../../common/paris-time";
import { useActePatch } from "./use-acte-patch";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
});

/**
 * The préfecture's acknowledgement, entered as the tiers de télétransmission shows it: its identifier and date go
 * into the act's record, where they make the act exécutoire (with its publication).
 */
export function AcknowledgementForm({
  acte,
  transmisLe,
  today,
}: {
  acte: ActeRecord;
  transmisLe: string;
  today: string;
}) {
  const styles = useStyles();
  const [id, setId] = useState(acte.arId ?? "");
  const [date, setDate] = useState(today);
  const { problem, note } = checkAcknowledgement(id, date, transmisLe, today);
  // Noon in Paris: a date-only value reads back as the same day everywhere.
  const { canSave, onSubmit } = useActePatch(acte, problem, () => ({
    arId: id.trim(),
    arLe: parisToUtc(date, "12:00"),
  }));
  return (
    <form className={styles.row} aria-label="Accusé de réception" onSubmit={onSubmit}>
      <Field label="Identifiant de l'accusé de réception" size="small">
        <Input size="small" value={id} maxLength={AR_ID_MAX} onChange={(_e, d) => setId(d.value)} />
      </Field>
      <Field label="Reçu le" size="small" validationState={problem ? "error" : "none"} validationMessage={problem}>
        <Input type="date" size="small" value={date} max={today} onChange={(_e, d) => setDate(d.value)} />
      </Field>
      <Button size="small" type="submit" appearance="primary" disabled={!canSave}>
        Enregistrer l'accusé de réception
      </Button>
      {note && <Caption1>{note}</Caption1>}
    </form>
  );
}
