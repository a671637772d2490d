import { agendaRows } from "./agenda";
import { AgendaAddPoint } from "./AgendaAddPoint";
import { useAgendaStyles } from "./agenda-styles";
import { AgendaPointRow } from "./AgendaPointRow";
import type { SeanceBundle } from "./council-seance";
import { ReadOnlyAgenda } from "./ReadOnlyAgenda";

interface Props {
  readonly bundle: SeanceBundle;
  readonly editable: boolean;
}

/** The ordre du jour: the secretary edits, numbers and completes it; everyone else reads it. */
export function AgendaEditor({ bundle, editable }: Props) {
  const styles = useAgendaStyles();
  if (!editable) return <ReadOnlyAgenda bundle={bundle} />;
  return (
    <>
      <ol className={styles.list} aria-label="Points de l'ordre du jour">
        {agendaRows(bundle.points).map((row) => (
          <AgendaPointRow key={`${row.point.id}:${row.point.eTag}`} {...row} />
        ))}
      </ol>
      <AgendaAddPoint bundle={bundle} />
    </>
  );
}
