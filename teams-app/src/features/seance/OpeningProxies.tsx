import type { MembreRecord, PresenceRecord } from "../../app/data/ports";
import type { AttendanceChange } from "./attendance";
import { useAttendanceGridStyles } from "./attendance-styles";
import { MemberChoice } from "./MemberChoice";
import { ATTENDANCE_ANCHORS } from "./seance-check";

/** The written proxy each élu absent at the opening gave to a present one (L2121-20), if any. */
export function OpeningProxies(props: {
  absents: readonly MembreRecord[];
  present: readonly MembreRecord[];
  stateOf: (m: MembreRecord) => PresenceRecord | undefined;
  busy: boolean;
  record: (change: AttendanceChange) => void;
}) {
  const { absents, present, stateOf, busy, record } = props;
  const styles = useAttendanceGridStyles();
  if (absents.length === 0 || present.length === 0) return null;
  return (
    <div id={ATTENDANCE_ANCHORS.procurations} className={styles.grid}>
      {absents.map((m) => (
        <MemberChoice
          key={m.id}
          label={`Procuration de ${m.nom}`}
          name={`Procuration de ${m.nom}`}
          members={present}
          disabled={busy}
          value={stateOf(m)?.mandataire ?? ""}
          empty="Aucune"
          onPick={(mandataire) =>
            record({ kind: "proxy", membre: m, ...(mandataire ? { mandataireId: mandataire.id } : {}) })
          }
        />
      ))}
    </div>
  );
}
