import { Badge, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PointRoom } from "./council-seance";
import { roomCaption } from "./point-proceedings";

const useStyles = makeStyles({
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { minWidth: 0, overflowWrap: "anywhere", fontWeight: tokens.fontWeightSemibold },
});

/** A point's title, whether its quorum is reached, and its counts. */
export function PointHead({ label, room }: { label: string; room: PointRoom }) {
  const styles = useStyles();
  return (
    <div className={styles.head}>
      <Text className={styles.title}>{label}</Text>
      <Badge appearance="tint" color={room.quorum.reached ? "success" : "danger"}>
        {room.quorum.reached ? "Quorum atteint" : "Quorum non atteint"}
      </Badge>
      <Caption1>{roomCaption(room)}</Caption1>
    </div>
  );
}
