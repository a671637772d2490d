import { Button, Caption1, Checkbox, Field, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useAttendanceGridStyles } from "./attendance-styles";
import type { SeanceBundle } from "./council-seance";
import { ATTENDANCE_ANCHORS } from "./seance-check";
import { OpeningProxies } from "./OpeningProxies";
import { PointProceedings } from "./PointProceedings";
import { useAttendance } from "./use-attendance";

const useStyles = makeStyles({
  points: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/**
 * What the secretary notes in the room: who is there at the opening, who gave a proxy to whom, the secretary, then
 * point by point who comes or goes, who does not take part, the quorum and the vote.
 */
export function AttendancePanel({ bundle }: { bundle: SeanceBundle }) {
  const styles = useStyles();
  const grid = useAttendanceGridStyles();
  const { busy, seance, elus, present, absents, stateOf, points, allPresent, record, setSecretary } =
    useAttendance(bundle);
  return (
    <>
      <div>
        <Button disabled={busy || absents.length === 0} onClick={() => void allPresent()}>
          {`Tous présents (${elus.length})`}
        </Button>{" "}
        <Caption1>puis décochez les absents ; les arrivées et départs se notent au point qu'ils précèdent.</Caption1>
      </div>
      <fieldset id={ATTENDANCE_ANCHORS.presents} className={grid.grid}>
        <legend>Présents à l'ouverture</legend>
        {elus.map((m) => (
          <Checkbox
            key={m.id}
            label={m.nom}
            disabled={busy}
            checked={stateOf(m)?.presence === "present"}
            onChange={(_e, d) => record({ kind: "present", membre: m, present: d.checked === true })}
          />
        ))}
      </fieldset>
      <OpeningProxies absents={absents} present={present} stateOf={stateOf} busy={busy} record={record} />
      <Field id={ATTENDANCE_ANCHORS.secretaries} label="Secrétaire de séance">
        <Select disabled={busy} value={seance.secretaireSeance ?? ""} onChange={(_e, d) => void setSecretary(d.value)}>
          <option value="">Non désigné</option>
          {present.map((p) => (
            <option key={p.id} value={p.id}>
              {p.nom}
            </option>
          ))}
        </Select>
      </Field>
      <Subtitle2 as="h3">Déroulé des points et votes</Subtitle2>
      <div className={styles.points}>
        {points.map((p) => (
          <PointProceedings key={p.point.id} {...p} elus={elus} busy={busy} record={record} />
        ))}
      </div>
    </>
  );
}
