import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { AvisRecord, PointRecord } from "../../data/ports";
import { POSITION_LABELS } from "../../model/avis-summary";
import type { Position } from "../../model/avis-summary";
import { seenVersionOf, versionLabel, versionState } from "../../model/document-versions";
import { useWrite } from "../seance/use-write";
import { usePointDocument } from "./PointDocument";

const useStyles = makeStyles({ form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS } });

interface Props {
  readonly point: PointRecord;
  readonly membreId: string;
  readonly mine: AvisRecord | undefined;
}

/**
 * One avis per élu and point: saving again while the first is still waiting, or from a second device, meets the
 * unique client id instead of storing a second avis.
 */
const avisClientId = (pointId: string, membreId: string) => `avis:${pointId}:${membreId}`;

/**
 * One élu's avis on one point: created the first time, updated (with its eTag) afterwards. Each save records the
 * version of the point's document the élu has in view, so that the secretary sees an avis given on an older one.
 */
export function AvisForm({ point, membreId, mine }: Props) {
  const styles = useStyles();
  const { busy, write } = useWrite();
  const file = usePointDocument(point);
  const older = mine !== undefined && versionState(mine, file) === "anterieure";
  // No position until the élu picks one: an untouched form must not read as a favourable avis.
  const [position, setPosition] = useState<Position | "">(mine?.position ?? "");
  const [commentaire, setCommentaire] = useState(mine?.commentaire ?? "");
  const [saved, setSaved] = useState<string>();
  // A newer version of the avis (this save, or another device) replaces what the form shows; the version decides,
  // not each render's new object.
  const version = mine ? `${mine.id}:${mine.eTag}` : undefined;
  useEffect(() => {
    if (!mine) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the stored avis, newer than the form, replaces it
    setPosition(mine.position);
    setCommentaire(mine.commentaire ?? "");
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the version decides, not each render's new object
  }, [version]);
  const save = async () => {
    if (!position) return;
    const titre = (commentaire.trim() || POSITION_LABELS[position]).slice(0, 80);
    // No document in view: the columns are emptied, so that an earlier version is not claimed for this avis.
    const seen = file
      ? seenVersionOf(file)
      : { documentEmpreinte: undefined, documentVersion: undefined, documentModifieLe: undefined };
    const values = { titre, position, commentaire: commentaire.trim(), ...seen };
    const result = mine
      ? await write("avis", { kind: "update", id: mine.id, eTag: mine.eTag, patch: values })
      : await write("avis", {
          kind: "create",
          draft: { ...values, seance: point.seance, point: point.id, membre: membreId },
          clientId: avisClientId(point.id, membreId),
        });
    setSaved(result.status === "saved" ? "Avis enregistré." : "Avis gardé en attente d'envoi.");
  };
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {older && (
        <MessageBar intent="warning">
          <MessageBarBody>{`Le projet a changé depuis votre avis, donné sur la ${versionLabel(mine)} : relisez-le, puis confirmez ou modifiez votre avis.`}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={`Votre avis sur le point ${point.numero}`}>
        <RadioGroup layout="horizontal" value={position} onChange={(_e, d) => setPosition(d.value as Position)}>
          {(Object.keys(POSITION_LABELS) as Position[]).map((p) => (
            <Radio key={p} value={p} label={POSITION_LABELS[p]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={`Commentaire sur le point ${point.numero}`}>
        <Textarea value={commentaire} onChange={(_e, d) => setCommentaire(d.value)} resize="vertical" />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabled={busy || !position}>
          {mine ? "Modifier mon avis" : "Enregistrer mon avis"}
        </Button>{" "}
        {saved && <span role="status">{saved}</span>}
      </div>
    </form>
  );
}
