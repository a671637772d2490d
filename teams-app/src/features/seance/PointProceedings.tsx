import { MessageBar, makeStyles, tokens } from "@fluentui/react-components";
import type { MembreRecord, PointRecord } from "../../app/data/ports";
import type { AttendanceChange } from "./attendance";
import type { PointRoom } from "./council-seance";
import type { StoredMove } from "./movements";
import type { PointPouvoirs } from "./pouvoirs";
import type { Vote } from "./seance-details";
import { PointChoices } from "./PointChoices";
import { PointHead } from "./PointHead";
import { PointMoves } from "./PointMoves";
import { VoteRow } from "./VoteRow";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
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
  const { anchor, point, room } = props;
  const styles = useStyles();
  const label = `${point.numero}. ${point.titre}`;
  return (
    <section id={anchor} className={styles.root} aria-label={`Point ${label}`}>
      <PointHead label={label} room={room} />
      <PointChoices {...props} />
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
