import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { SeanceBundle } from "../council-seance";
import { parisNoon } from "../../../common/paris-time";
import { useWrite } from "../use-write";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "end",
  },
});

/** The dates that close the séance's formalities: the liste des délibérations posted, the procès-verbal adopted. */
export function FormalityDates({ bundle }: { bundle: SeanceBundle }) {
  const styles = useStyles();
  const { busy, write } = useWrite();
  const { seance, details } = bundle;
  // Typed, then saved together: a date field fires on every complete date, which would race the item's eTag.
  const [liste, setListe] = useState(details.listePublieeLe ?? "");
  const [pv, setPv] = useState(details.pvArreteLe ?? "");
  const changed = liste !== (details.listePublieeLe ?? "") || pv !== (details.pvArreteLe ?? "");
  const save = () =>
    write("seances", {
      kind: "update",
      id: seance.id,
      eTag: seance.eTag,
      patch: { listePublieeLe: parisNoon(liste), pvArreteLe: parisNoon(pv) },
    });
  return (
    <div className={styles.row}>
      <Field label="Liste affichée et mise en ligne le">
        <Input type="date" value={liste} onChange={(_e, d) => setListe(d.value)} />
      </Field>
      <Field label="Procès-verbal arrêté le">
        <Input type="date" value={pv} onChange={(_e, d) => setPv(d.value)} />
      </Field>
      <Button disabled={busy || !changed} onClick={() => void save()}>
        Enregistrer les dates
      </Button>
    </div>
  );
}
