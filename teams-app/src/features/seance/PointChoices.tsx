import { makeStyles, tokens } from "@fluentui/react-components";
import { MemberChoice } from "./MemberChoice";
import { pointChoices } from "./point-proceedings";
import type { PointProceedingsProps } from "./PointProceedings";

const useStyles = makeStyles({
  moves: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 190px), 1fr))",
    gap: tokens.spacingHorizontalS,
  },
});

/** What the room may note before a point: an arrival, a departure, and on a deliberation a non-participation. */
export function PointChoices({ point, elus, room, busy, record }: PointProceedingsProps) {
  const styles = useStyles();
  return (
    <div className={styles.moves}>
      {pointChoices(point, elus, room).map(({ label, name, members, change }) => (
        <MemberChoice
          key={label}
          label={label}
          name={name}
          members={members}
          disabled={busy}
          onPick={(m) => m && record(change(m))}
        />
      ))}
    </div>
  );
}
