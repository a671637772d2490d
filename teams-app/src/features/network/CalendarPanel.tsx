import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { formatDateFr } from "@shared/domain/common";
import { parisDate } from "../../common/paris-time";
import { useServices } from "../../app/services";
import { Loading } from "@shared/ui/components/Loading/Loading";
import { useLoad } from "@shared/ui/hooks/use-load";
import type { Workspace } from "../../common/workspace";

/** The deadlines of every commune of the network still to come, in date order. */
export function CalendarPanel({ ws }: { ws: Workspace }) {
  const { data } = useServices();
  const loaded = useLoad(() => data.echeances.items(), []);
  const names = new Map(ws.communes.map((c) => [c.id, c.nom]));
  return (
    <Loading loaded={loaded}>
      {({ records }) => {
        const rows = records
          .filter((e) => !e.faite && parisDate(e.due) >= ws.today)
          .map((e) => ({ ...e, day: parisDate(e.due) }))
          .sort((a, b) => a.day.localeCompare(b.day));
        if (rows.length === 0) return <Text>Aucune échéance à venir.</Text>;
        return (
          <Table aria-label="Calendrier partagé des échéances" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Date</TableHeaderCell>
                <TableHeaderCell>Échéance</TableHeaderCell>
                <TableHeaderCell>Commune</TableHeaderCell>
                <TableHeaderCell>Référence</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((e) => (
                <TableRow key={e.id}>
                  <TableCell>{formatDateFr(e.day)}</TableCell>
                  <TableCell>
                    {e.libelle} <Badge appearance="outline">{e.categorie}</Badge>
                  </TableCell>
                  <TableCell>{names.get(e.commune) ?? "—"}</TableCell>
                  <TableCell>{e.reference ?? "—"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        );
      }}
    </Loading>
  );
}
