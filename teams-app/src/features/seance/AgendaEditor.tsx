import {
  Button,
  Field,
  Input,
  Link,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { PointRecord } from "../../app/data/ports";
import { byNumero } from "./council-seance";
import type { SeanceBundle } from "./council-seance";
import { nextNumero } from "./next-numero";
import { safeHttpUrl } from "../../common/safe-url";
import { useServices } from "../../app/services";
import { UndoableDelete } from "../../common/UndoableDelete";
import { useWrite } from "./use-write";

const useStyles = makeStyles({
  // Under 700 px (task pane, phone) the fields stack, the objet on the whole width.
  row: {
    display: "grid",
    gridTemplateColumns: "2em minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
    "@media (min-width: 700px)": { gridTemplateColumns: "2em minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1.3fr)" },
    "@media (max-width: 699px)": { "& > .fui-Field": { gridColumn: "2" } },
  },
  input: { minWidth: 0, width: "100%" },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    gridColumn: "2 / -1",
    alignItems: "center",
  },
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  add: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    "@media (min-width: 700px)": { gridTemplateColumns: "minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1fr)" },
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
  submit: { gridColumn: "1 / -1", justifySelf: "start" },
});

const NATURES: readonly [PointRecord["nature"], string][] = [
  ["deliberation", "Délibération"],
  ["information", "Information"],
  ["question", "Questions diverses"],
];

interface Props {
  readonly bundle: SeanceBundle;
  readonly editable: boolean;
}

function PointRow({
  point,
  neighbours,
  later,
}: {
  point: PointRecord;
  neighbours: [PointRecord | undefined, PointRecord | undefined];
  /** The points after it, renumbered when it is deleted. */
  later: readonly PointRecord[];
}) {
  const styles = useStyles();
  const { data } = useServices();
  const { busy, write } = useWrite();
  const [titre, setTitre] = useState(point.titre);
  const [rapporteur, setRapporteur] = useState(point.rapporteur ?? "");
  const [draft, setDraft] = useState(point.projetActe ?? "");
  const changed =
    titre !== point.titre || rapporteur !== (point.rapporteur ?? "") || draft.trim() !== (point.projetActe ?? "");
  const swap = (other: PointRecord | undefined) => async () => {
    if (!other) return;
    await write("points", { kind: "update", id: point.id, eTag: point.eTag, patch: { numero: other.numero } });
    await write("points", { kind: "update", id: other.id, eTag: other.eTag, patch: { numero: point.numero } });
  };
  // Its avis go with it (a lookup to a deleted item would dangle), then the points after it move up one.
  const remove = async () => {
    const avis = await data.avis.items({ point: point.id });
    for (const a of avis.records) await write("avis", { kind: "delete", id: a.id, eTag: a.eTag });
    await write("points", { kind: "delete", id: point.id, eTag: point.eTag });
    for (const p of later)
      await write("points", { kind: "update", id: p.id, eTag: p.eTag, patch: { numero: p.numero - 1 } });
  };
  const save = () =>
    write("points", {
      kind: "update",
      id: point.id,
      eTag: point.eTag,
      patch: { titre: titre.trim(), rapporteur: rapporteur.trim(), projetActe: draft.trim() || undefined },
    });
  return (
    <li className={styles.row}>
      <strong aria-hidden>{point.numero}.</strong>
      <Field label={`Objet du point ${point.numero}`} required>
        <Input className={styles.input} value={titre} onChange={(_e, d) => setTitre(d.value)} />
      </Field>
      <Field label="Rapporteur">
        <Input className={styles.input} value={rapporteur} onChange={(_e, d) => setRapporteur(d.value)} />
      </Field>
      <Field label="Lien du projet d'acte">
        <Input
          className={styles.input}
          type="url"
          value={draft}
          placeholder="https://…"
          onChange={(_e, d) => setDraft(d.value)}
        />
      </Field>
      <div className={styles.actions}>
        <Button
          size="small"
          appearance="primary"
          disabled={busy || titre.trim() === "" || !changed}
          onClick={() => void save()}
        >
          {`Enregistrer le point ${point.numero}`}
        </Button>
        <Button
          size="small"
          disabled={busy || !neighbours[0]}
          onClick={() => void swap(neighbours[0])()}
          aria-label={`Monter le point ${point.numero}`}
        >
          Monter
        </Button>
        <Button
          size="small"
          disabled={busy || !neighbours[1]}
          onClick={() => void swap(neighbours[1])()}
          aria-label={`Descendre le point ${point.numero}`}
        >
          Descendre
        </Button>
        <UndoableDelete
          what={`le point ${point.numero} « ${point.titre} »`}
          consequence="Les avis des élus sur ce point seront supprimés avec lui, et les points suivants renumérotés."
          disabled={busy}
          onDelete={remove}
        />
      </div>
    </li>
  );
}

function AddPoint({ bundle }: { bundle: SeanceBundle }) {
  const styles = useStyles();
  const { writer } = useServices();
  const { busy, write } = useWrite();
  const [titre, setTitre] = useState("");
  const [rapporteur, setRapporteur] = useState("");
  const [nature, setNature] = useState<PointRecord["nature"]>("deliberation");
  const add = async () => {
    const numero = nextNumero(bundle.seance.id, bundle.points, writer.pending());
    const draft = {
      titre: titre.trim(),
      seance: bundle.seance.id,
      numero,
      nature,
      ...(rapporteur.trim() ? { rapporteur: rapporteur.trim() } : {}),
    };
    await write("points", { kind: "create", draft, clientId: crypto.randomUUID() });
    setTitre("");
    setRapporteur("");
  };
  return (
    <form
      className={styles.add}
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <Field label="Objet du nouveau point" required>
        <Input className={styles.input} value={titre} onChange={(_e, d) => setTitre(d.value)} />
      </Field>
      <Field label="Rapporteur du nouveau point">
        <Input className={styles.input} value={rapporteur} onChange={(_e, d) => setRapporteur(d.value)} />
      </Field>
      <Field label="Nature">
        <Select
          className={styles.input}
          value={nature}
          onChange={(_e, d) => setNature(d.value as PointRecord["nature"])}
        >
          {NATURES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Button className={styles.submit} type="submit" appearance="primary" disabled={busy || titre.trim() === ""}>
        Ajouter le point
      </Button>
    </form>
  );
}

function ReadOnlyAgenda({ bundle }: { bundle: SeanceBundle }) {
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

/** The ordre du jour: the secretary edits, numbers and completes it; everyone else reads it. */
export function AgendaEditor({ bundle, editable }: Props) {
  const styles = useStyles();
  if (!editable) return <ReadOnlyAgenda bundle={bundle} />;
  const sorted = [...bundle.points].sort(byNumero);
  return (
    <>
      <ol className={styles.list} aria-label="Points de l'ordre du jour">
        {sorted.map((point, i) => (
          <PointRow
            key={`${point.id}:${point.eTag}`}
            point={point}
            neighbours={[sorted[i - 1], sorted[i + 1]]}
            later={sorted.slice(i + 1)}
          />
        ))}
      </ol>
      <AddPoint bundle={bundle} />
    </>
  );
}
