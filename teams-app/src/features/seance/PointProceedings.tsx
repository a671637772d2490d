import { Badge, Caption1, MessageBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { MembreRecord, PointRecord } from "../../app/data/ports";
import type { AttendanceChange } from "./attendance";
import type { PointRoom } from "./council-seance";
import { MemberChoice } from "./MemberChoice";
import type { StoredMove } from "./movements";
import { roomCaption, roomMembers } from "./point-proceedings";
import type { PointPouvoirs } from "./pouvoirs";
import type { Vote } from "./seance-details";
import { VoteRow } from "./VoteRow";
import { PointMoves } from "./PointMoves";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { minWidth: 0, overflowWrap: "anywhere", fontWeight: tokens.fontWeightSemibold },
  moves: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 190px), 1fr))",
    gap: tokens.spacingHorizontalS,
  },
});

export interface PointProceedingsProps {
  /** Anchor of the findings about this point: `seance-point-<index in the agenda>`. */
  readonly anchor: string;
  readonly point: PointRecord;
  readonly room: PointRoom;
  readonly elus: readonly MembreRecord[];
  readonly recorded: Vote;
  /** The arrivals, and departures, noted before this point. */
  readonly arrived: readonly { readonly membre: MembreRecord; readonly move: StoredMove }[];
  readonly left: readonly { readonly membre: MembreRecord; readonly move: StoredMove }[];
  readonly pouvoirs: PointPouvoirs;
  readonly busy: boolean;
  readonly record: (change: AttendanceChange) => void;
}

/** One point as the room takes it: who comes or goes before it, its counts and quorum, who does not take part, its vote. */
export function PointProceedings(props: PointProceedingsProps) {
  const { anchor, point, room, elus, busy, record } = props;
  const styles = useStyles();
  const label = `${point.numero}. ${point.titre}`;
  const { here, away, takingPart } = roomMembers(elus, room);
  const move = (membre: MembreRecord | undefined, kind: StoredMove["kind"]) =>
    membre && record({ kind: "move", membre, move: { kind, pointId: point.id }, on: true });
  return (
    <section id={anchor} className={styles.root} aria-label={`Point ${label}`}>
      <div className={styles.head}>
        <Text className={styles.title}>{label}</Text>
        <Badge appearance="tint" color={room.quorum.reached ? "success" : "danger"}>
          {room.quorum.reached ? "Quorum atteint" : "Quorum non atteint"}
        </Badge>
        <Caption1>{roomCaption(room)}</Caption1>
      </div>
      <div className={styles.moves}>
        <MemberChoice
          label="Arrivée avant ce point"
          name={`Arrivée avant le point ${point.numero}`}
          members={away}
          disabled={busy}
          onPick={(m) => move(m, "arrive")}
        />
        <MemberChoice
          label="Départ avant ce point"
          name={`Départ avant le point ${point.numero}`}
          members={here}
          disabled={busy}
          onPick={(m) => move(m, "leave")}
        />
        {point.nature === "deliberation" && (
          <MemberChoice
            label="Ne prend pas part au vote"
            name={`Ne prend pas part au vote du point ${point.numero}`}
            members={takingPart}
            disabled={busy}
            onPick={(m) => m && record({ kind: "abstain", membre: m, pointId: point.id, on: true })}
          />
        )}
      </div>
      <PointMoves {...props} />
      {props.pouvoirs.problems.map((problem) => (
        <MessageBar key={problem} intent="warning">
          {problem}
        </MessageBar>
      ))}
      {point.nature === "deliberation" && (
        <VoteRow key={`${point.id}:${point.eTag}`} point={point} recorded={props.recorded} votants={room.votants} />
      )}
    </section>
  );
}
