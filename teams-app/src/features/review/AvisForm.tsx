import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { AvisRecord, PointRecord } from "../../app/data/ports";
import { saveLabel } from "./avis-form";
import { asksAvis } from "./avis-summary";
import { AvisFields } from "./AvisFields";
import { useAvisForm } from "./use-avis-form";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
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
  const form = useAvisForm(points, avis, membreId);
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void form.save();
      }}
    >
      {points.map((point) =>
        renderPoint(
          point,
          asksAvis(point) ? (
            <AvisFields
              point={point}
              draft={form.draftFor(point.id)}
              onChange={form.change(point.id)}
              olderThan={form.olderThan(point.id)}
            />
          ) : null,
        ),
      )}
      <div className={styles.save}>
        <Button type="submit" appearance="primary" disabled={form.busy || form.writes === 0}>
          {saveLabel(form.writes)}
        </Button>
        {form.saved && <span role="status">{form.saved}</span>}
      </div>
    </form>
  );
}
