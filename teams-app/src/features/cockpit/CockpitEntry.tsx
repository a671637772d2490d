import { Badge, Caption1, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatDateFr } from "@shared/domain/common";
import { frenchSpacing } from "@shared/ui/i18n/typography";
import { LATE_HELP } from "./cockpit";
import type { CockpitItem } from "./cockpit";
import { CompletionForm } from "./CompletionForm";

const useStyles = makeStyles({
  // One column on a phone or a task pane; the date beside the rest from 600 px.
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    "@media (min-width: 600px)": { gridTemplateColumns: "10em minmax(0, 1fr)", columnGap: tokens.spacingHorizontalM },
  },
  late: { backgroundColor: tokens.colorPaletteRedBackground1 },
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  label: { overflowWrap: "anywhere" },
});

/** One thing to do: its date, what and where, what to do when it is late, and how to say it is done. */
export function CockpitEntry({
  item,
  today,
  onOpenSeance,
}: {
  item: CockpitItem;
  today: string;
  onOpenSeance: (id: string) => void;
}) {
  const styles = useStyles();
  return (
    <li className={item.late ? `${styles.item} ${styles.late}` : styles.item}>
      <div>
        <Text weight="semibold">{formatDateFr(item.due)}</Text>{" "}
        {item.late && <Badge color="danger">{`En retard de ${item.lateDays}\u00a0j`}</Badge>}
      </div>
      <div className={styles.body}>
        <Text className={styles.label}>
          {item.seanceId ? <Link onClick={() => onOpenSeance(item.seanceId ?? "")}>{item.label}</Link> : item.label}
        </Text>
        <Caption1>
          <span>{item.commune}</span>
          {item.ref && (
            <>
              {" · "}
              <span>{item.ref}</span>
            </>
          )}
        </Caption1>
        {item.late && <Caption1>{frenchSpacing(LATE_HELP[item.kind])}</Caption1>}
        {item.done && <CompletionForm item={item} completion={item.done} today={today} />}
      </div>
    </li>
  );
}
