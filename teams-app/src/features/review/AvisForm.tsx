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
import type { DocumentFile } from "@shared/data/drive/documents-port";
import { countOf } from "@shared/ui/i18n/typography";
import { useEffect, useRef, useState } from "react";
import type { ReactNode } from "react";
import type { AvisRecord, PointRecord } from "../../app/data/ports";
import { COMMENTAIRE_MAX_LENGTH, POSITION_LABELS, asksAvis, avisOf, avisOps, draftOf } from "./avis-summary";
import type { AvisDraft, Position } from "./avis-summary";
import { seenVersionOf, versionLabel, versionState } from "./document-versions";
import { useSeanceFilesLoad } from "../seance/documents/seance-files";
import { useWrite } from "../seance/use-write";

/** The point's projet in the séance's folder, as the élu has it in view. */
const projetOf = (files: readonly DocumentFile[], pointId: string) =>
  files.find((f) => f.columns.type === "projet-deliberation" && f.columns.point === pointId);

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  radios: { flexWrap: "wrap" },
  // The one save of the séance stays in reach at the bottom of the pane while the élu reads the points.
  save: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

function AvisFields({
  point,
  draft,
  onChange,
  olderThan,
}: {
  point: PointRecord;
  draft: AvisDraft;
  onChange: (draft: AvisDraft) => void;
  /** The version of the projet the élu's saved avis was given on, when the projet has changed since. */
  olderThan?: string | undefined;
}) {
  const styles = useStyles();
  return (
    <div className={styles.fields}>
      {olderThan && (
        <MessageBar intent="warning">
          <MessageBarBody>{`Le projet a changé depuis votre avis, donné sur la ${olderThan} : relisez-le, puis confirmez ou modifiez votre avis.`}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={`Votre avis sur le point ${point.numero}`}>
        <RadioGroup
          className={styles.radios}
          layout="horizontal"
          value={draft.position}
          onChange={(_e, d) => onChange({ ...draft, position: d.value as Position })}
        >
          {(Object.keys(POSITION_LABELS) as Position[]).map((p) => (
            <Radio key={p} value={p} label={POSITION_LABELS[p]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={`Commentaire sur le point ${point.numero}`}>
        <Textarea
          value={draft.commentaire}
          maxLength={COMMENTAIRE_MAX_LENGTH}
          onChange={(_e, d) => onChange({ ...draft, commentaire: d.value })}
          resize="vertical"
        />
      </Field>
    </div>
  );
}

interface Props {
  /** The séance's points, in agenda order. */
  readonly points: readonly PointRecord[];
  readonly avis: readonly AvisRecord[];
  readonly membreId: string;
  /** Shows a point (title, rapporteur, document) around what the élu answers on it. */
  readonly renderPoint: (point: PointRecord, answer: ReactNode) => ReactNode;
}

/**
 * One élu's avis on every point of a séance, saved together in one batch; an information point is shown without a
 * question. No position until the élu picks one: an untouched point must not read as a favourable avis.
 */
export function SeanceAvisForm({ points, avis, membreId, renderPoint }: Props) {
  const styles = useStyles();
  const { busy, writeAll } = useWrite();
  const initial = () => Object.fromEntries(points.map((p) => [p.id, draftOf(avisOf(avis, p.id, membreId))]));
  const [drafts, setDrafts] = useState<Record<string, AvisDraft>>(initial);
  const [saved, setSaved] = useState<string>();
  // A newer version of an avis (this save, or another device) replaces what the form shows for its point only: the
  // élu's unsaved answers on the other points stay.
  const versions = points.map((p) => {
    const mine = avisOf(avis, p.id, membreId);
    return mine ? `${mine.id}:${mine.eTag}` : "";
  });
  const shown = useRef(versions);
  const key = versions.join("|");
  useEffect(() => {
    const changed = points.filter((p, i) => versions[i] !== "" && versions[i] !== shown.current[i]);
    shown.current = versions;
    if (changed.length === 0) return;
    setDrafts((current) => ({
      ...current,
      ...Object.fromEntries(changed.map((p) => [p.id, draftOf(avisOf(avis, p.id, membreId))])),
    }));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the versions decide, not each render's new arrays
  }, [key]);
  const folder = useSeanceFilesLoad();
  const files = folder.status === "done" ? folder.value : [];
  const seen = (pointId: string) => {
    const file = projetOf(files, pointId);
    return file ? seenVersionOf(file) : {};
  };
  const olderThan = (pointId: string) => {
    const mine = avisOf(avis, pointId, membreId);
    return mine && versionState(mine, projetOf(files, pointId)) === "anterieure" ? versionLabel(mine) : undefined;
  };
  const ops = avisOps(points, avis, membreId, drafts, seen);
  const save = async () => {
    const results = await writeAll("avis", ops);
    const pending = results.filter((r) => r.status !== "saved").length;
    setSaved(
      pending === 0
        ? `${countOf(results.length, "avis enregistré")}.`
        : `${countOf(pending, "avis gardé", "avis gardés")} en attente d'envoi.`,
    );
  };
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {points.map((point) =>
        renderPoint(
          point,
          asksAvis(point) ? (
            <AvisFields
              point={point}
              draft={drafts[point.id] ?? draftOf(undefined)}
              onChange={(draft) => setDrafts((current) => ({ ...current, [point.id]: draft }))}
              olderThan={olderThan(point.id)}
            />
          ) : null,
        ),
      )}
      <div className={styles.save}>
        <Button type="submit" appearance="primary" disabled={busy || ops.length === 0}>
          {ops.length > 1 ? `Enregistrer mes avis (${ops.length})` : "Enregistrer mes avis"}
        </Button>
        {saved && <span role="status">{saved}</span>}
      </div>
    </form>
  );
}
