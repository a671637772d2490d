import { Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { safeHttpUrl } from "../../common/safe-url";
import { byNumero } from "./council-seance";
import type { SeanceBundle } from "./council-seance";

/** The ordre du jour as the élus read it. */
export function ReadOnlyAgenda({ bundle }: { bundle: SeanceBundle }) {
  return (
    <Table aria-label="Ordre du jour" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>N°</TableHeaderCell>
          <TableHeaderCell>Objet</TableHeaderCell>
          <TableHeaderCell>Rapporteur</TableHeaderCell>
          <TableHeaderCell>Projet d'acte</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {[...bundle.points].sort(byNumero).map((p) => {
          const href = safeHttpUrl(p.projetActe);
          return (
            <TableRow key={p.id}>
              <TableCell>{p.numero}</TableCell>
              <TableCell>{p.titre}</TableCell>
              <TableCell>{p.rapporteur ?? "—"}</TableCell>
              <TableCell>
                {href ? (
                  <Link href={href} target="_blank" rel="noreferrer">
                    Ouvrir le projet
                  </Link>
                ) : (
                  "—"
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
