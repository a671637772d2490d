import {
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import { ROLE_LABELS } from "../../common/identity";
import type { Workspace } from "../../common/workspace";

// An address has no space to break at: in a 360 px pane it ran out of its column and past the page's edge.
const useStyles = makeStyles({ email: { overflowWrap: "anywhere" } });

/** Who serves which commune: secretaries and référents of the network, with their contact. */
export function DirectoryPanel({ ws }: { ws: Workspace }) {
  const styles = useStyles();
  const names = new Map(ws.communes.map((c) => [c.id, c.nom]));
  const rows = ws.membres
    .filter((m) => m.role !== "elu")
    .sort(
      (a, b) =>
        a.nom.localeCompare(b.nom, "fr") ||
        (names.get(a.commune) ?? "").localeCompare(names.get(b.commune) ?? "", "fr"),
    );
  return (
    <Table aria-label="Annuaire du réseau" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Nom</TableHeaderCell>
          <TableHeaderCell>Rôle</TableHeaderCell>
          <TableHeaderCell>Commune</TableHeaderCell>
          <TableHeaderCell>Courriel</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((m) => (
          <TableRow key={m.id}>
            <TableCell>{m.nom}</TableCell>
            <TableCell>{m.fonction ?? ROLE_LABELS[m.role]}</TableCell>
            <TableCell>{names.get(m.commune) ?? "—"}</TableCell>
            <TableCell>
              {m.email ? (
                <Link className={styles.email} href={`mailto:${m.email}`}>
                  {m.email}
                </Link>
              ) : (
                "—"
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
