import {
  Badge,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatDateFr } from "../../../../shared/domain/common";
import { cockpitItems } from "../../model/cockpit";
import type { CockpitItem } from "../../model/cockpit";
import { parisDate } from "../../model/paris-time";
import { useServices } from "../../tab/services";
import { Loading } from "../common/Loading";
import { useLoad } from "../common/refresh";
import { Section } from "../common/Section";
import { STATUT_LABELS, seanceLabel } from "../common/seance-label";
import { servedCommunes } from "../common/workspace";
import type { Workspace } from "../common/workspace";

const useStyles = makeStyles({
  late: { backgroundColor: tokens.colorPaletteRedBackground1 },
  date: { width: "11em" },
  side: { width: "14em" },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
});

function ItemsTable({ items, onOpenSeance }: { items: readonly CockpitItem[]; onOpenSeance: (id: string) => void }) {
  const styles = useStyles();
  return (
    <Table aria-label="Échéances et formalités" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.date}>Date limite</TableHeaderCell>
          <TableHeaderCell>À faire</TableHeaderCell>
          <TableHeaderCell className={styles.side}>Commune</TableHeaderCell>
          <TableHeaderCell className={styles.side}>Référence</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.key} className={item.late ? styles.late : undefined}>
            <TableCell>
              {formatDateFr(item.due)} {item.late && <Badge color="danger">{`En retard de ${item.lateDays} j`}</Badge>}
            </TableCell>
            <TableCell>
              {item.seanceId ? <Link onClick={() => onOpenSeance(item.seanceId ?? "")}>{item.label}</Link> : item.label}
            </TableCell>
            <TableCell>{item.commune}</TableCell>
            <TableCell>{item.ref ?? "—"}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Everything the secretary must do next, across the communes they serve, with its legal reference. */
export function CockpitView({ ws, onOpenSeance }: { ws: Workspace; onOpenSeance: (seanceId: string) => void }) {
  const styles = useStyles();
  const { data } = useServices();
  const communes = servedCommunes(ws);
  const loaded = useLoad(
    () => Promise.all([data.seances.items(), data.echeances.items(), data.actes.items(), data.subventions.items()]),
    [ws.identity.nom],
  );
  return (
    <Loading loaded={loaded}>
      {([seances, echeances, actes, subventions]) => {
        const mine = seances.records.filter((s) => ws.identity.communeIds.includes(s.commune));
        const upcoming = mine.filter((s) => parisDate(s.date) >= ws.today).sort((a, b) => a.date.localeCompare(b.date));
        const items = cockpitItems({
          today: ws.today,
          communes,
          seances: mine,
          echeances: echeances.records,
          actes: actes.records,
          subventions: subventions.records,
        });
        return (
          <>
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
            <Section title={`À faire (${items.filter((i) => i.late).length} en retard)`}>
              <ItemsTable items={items} onOpenSeance={onOpenSeance} />
            </Section>
          </>
        );
      }}
    </Loading>
  );
}
