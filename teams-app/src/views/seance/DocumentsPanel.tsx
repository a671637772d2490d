import { Button, Field, Input, Link, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { parisWallClock } from "../../model/paris-time";
import type { SeanceBundle } from "../../model/council-seance";
import type { SeanceDetails } from "../../model/seance-details";
import { deliberationsListText, pvSkeletonText } from "../../model/seance-documents";
import { textDownloadHref } from "../common/download";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "end" },
  text: { fontFamily: tokens.fontFamilyMonospace },
});

const DOCUMENTS = {
  liste: { label: "Liste des délibérations", file: "liste-deliberations", make: deliberationsListText },
  pv: { label: "Procès-verbal (trame)", file: "proces-verbal", make: pvSkeletonText },
} as const;

type DocumentKey = keyof typeof DOCUMENTS;

/** The liste des délibérations and the procès-verbal skeleton, and the dates that close the formalities. */
export function DocumentsPanel({ bundle, onDetails }: { bundle: SeanceBundle; onDetails: (change: Partial<SeanceDetails>) => void }) {
  const styles = useStyles();
  const [shown, setShown] = useState<DocumentKey>();
  const date = parisWallClock(bundle.seance.date).date;
  const document = shown ? DOCUMENTS[shown] : undefined;
  const text = document ? document.make(bundle) : "";
  const setDate = (key: "listePublieeLe" | "pvArreteLe") => (value: string) => onDetails(value ? { [key]: value } : { [key]: undefined });
  return (
    <>
      <div className={styles.row}>
        {(Object.keys(DOCUMENTS) as DocumentKey[]).map((key) => (
          <Button key={key} aria-pressed={shown === key} onClick={() => setShown(key)}>{DOCUMENTS[key].label}</Button>
        ))}
      </div>
      {document && (
        <>
          <Field label={document.label}>
            <Textarea className={styles.text} readOnly value={text} rows={12} resize="vertical" />
          </Field>
          <Link href={textDownloadHref(text)} download={`${document.file}-${date}.txt`}>{`Télécharger : ${document.label}`}</Link>
        </>
      )}
      <div className={styles.row}>
        <Field label="Liste affichée et mise en ligne le">
          <Input type="date" value={bundle.details.listePublieeLe ?? ""} onChange={(_e, d) => setDate("listePublieeLe")(d.value)} />
        </Field>
        <Field label="Procès-verbal arrêté le">
          <Input type="date" value={bundle.details.pvArreteLe ?? ""} onChange={(_e, d) => setDate("pvArreteLe")(d.value)} />
        </Field>
      </div>
    </>
  );
}
