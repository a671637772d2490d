import { Button, Field, Input } from "@fluentui/react-components";
import { UndoableDelete } from "../../common/UndoableDelete";
import type { AgendaRow } from "./agenda";
import { useAgendaStyles } from "./agenda-styles";
import { usePointRow } from "./use-agenda";

/** One point of the ordre du jour as the secretary edits it. */
export function AgendaPointRow({ point, neighbours, later }: AgendaRow) {
  const styles = useAgendaStyles();
  const row = usePointRow(point, later);
  return (
    <li className={styles.row}>
      <strong aria-hidden>{point.numero}.</strong>
      <Field label={`Objet du point ${point.numero}`} required>
        <Input className={styles.input} value={row.fields.titre} onChange={(_e, d) => row.setTitre(d.value)} />
      </Field>
      <Field label="Rapporteur">
        <Input
          className={styles.input}
          value={row.fields.rapporteur}
          onChange={(_e, d) => row.setRapporteur(d.value)}
        />
      </Field>
      <Field label="Lien du projet d'acte">
        <Input
          className={styles.input}
          type="url"
          value={row.fields.draft}
          placeholder="https://…"
          onChange={(_e, d) => row.setDraft(d.value)}
        />
      </Field>
      <div className={styles.actions}>
        <Button size="small" appearance="primary" disabled={!row.canSave} onClick={() => void row.save()}>
          {`Enregistrer le point ${point.numero}`}
        </Button>
        <Button
          size="small"
          disabled={row.busy || !neighbours[0]}
          onClick={() => void row.swap(neighbours[0])}
          aria-label={`Monter le point ${point.numero}`}
        >
          Monter
        </Button>
        <Button
          size="small"
          disabled={row.busy || !neighbours[1]}
          onClick={() => void row.swap(neighbours[1])}
          aria-label={`Descendre le point ${point.numero}`}
        >
          Descendre
        </Button>
        <UndoableDelete
          what={`le point ${point.numero} « ${point.titre} »`}
          consequence="Les avis des élus sur ce point seront supprimés avec lui, et les points suivants renumérotés."
          disabled={row.busy}
          onDelete={row.remove}
        />
      </div>
    </li>
  );
}
