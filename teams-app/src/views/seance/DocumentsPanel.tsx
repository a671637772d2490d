import { Button, Field, Input, Link, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { parisNoon, parisWallClock } from "../../model/paris-time";
import type { SeanceBundle } from "../../model/council-seance";
import { deliberationsListText, pvSkeletonText } from "../../model/seance-documents";
import { textDownloadHref } from "../common/download";
import { useWrite } from "./use-write";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "end",
  },
  text: { fontFamily: tokens.fontFamilyMonospace },
});

const DOCUMENTS = {
  liste: { label: "Liste des délibérations", file: "liste-deliberations", make: deliberationsListText },
  pv: { label: "Procès-verbal (trame)", file: "proces-verbal", make: pvSkeletonText },
} as const;

type DocumentKey = keyof typeof DOCUMENTS;

/** The liste des délibérations and the procès-verbal skeleton, and the dates that close the formalities. */
export function DocumentsPanel({ bundle }: { bundle: SeanceBundle }) {
  const styles = useStyles();
  const { busy, write } = useWrite();
  const [shown, setShown] = useState<DocumentKey>();
  const { seance, details } = bundle;
  // Typed, then saved together: a date field fires on every complete date, which would race the item's eTag.
  const [liste, setListe] = useState(details.listePublieeLe ?? "");
  const [pv, setPv] = useState(details.pvArreteLe ?? "");
  const date = parisWallClock(seance.date).date;
  const document = shown ? DOCUMENTS[shown] : undefined;
  const text = document ? document.make(bundle) : "";
  const changed = liste !== (details.listePublieeLe ?? "") || pv !== (details.pvArreteLe ?? "");
  const save = () =>
    write("seances", {
      kind: "update",
      id: seance.id,
      eTag: seance.eTag,
      patch: { listePublieeLe: parisNoon(liste), pvArreteLe: parisNoon(pv) },
    });
  return (
    <>
      <div className={styles.row}>
        {(Object.keys(DOCUMENTS) as DocumentKey[]).map((key) => (
          <Button key={key} aria-pressed={shown === key} onClick={() => setShown(key)}>
            {DOCUMENTS[key].label}
          </Button>
        ))}
      </div>
      {document && (
        <>
          <Field label={document.label}>
            <Textarea className={styles.text} readOnly value={text} rows={12} resize="vertical" />
          </Field>
          <Link
            href={textDownloadHref(text)}
            download={`${document.file}-${date}.txt`}
          >{`Télécharger : ${document.label}`}</Link>
        </>
      )}
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
    </>
  );
}
