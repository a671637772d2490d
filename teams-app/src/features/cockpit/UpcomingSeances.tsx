import { Badge, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CommuneRecord, SeanceRecord } from "../../app/data/ports";
import { Section } from "../../common/Section";
import { STATUT_LABELS, seanceLabel } from "../../common/seance-label";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
});

export function UpcomingSeances({
  upcoming,
  communes,
  onOpenSeance,
}: {
  upcoming: readonly SeanceRecord[];
  communes: readonly CommuneRecord[];
  onOpenSeance: (seanceId: string) => void;
}) {
  const styles = useStyles();
  return (
    <Section title="Prochaines séances">
      {upcoming.length === 0 ? (
        <Text>Aucune séance programmée.</Text>
      ) : (
        <ul className={styles.list}>
          {upcoming.map((s) => (
            <li key={s.id}>
              <Link onClick={() => onOpenSeance(s.id)}>{seanceLabel(s, communes)}</Link>{" "}
              <Badge appearance="outline">{STATUT_LABELS[s.statut]}</Badge>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
