import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { formatDateFr } from "@shared/domain/common";
import type { SeanceRecord } from "../../app/data/ports";
import { parisDate } from "../../common/paris-time";
import { seanceLabel } from "../../common/seance-label";
import { UndoableDelete } from "../../common/UndoableDelete";
import { servedCommunes } from "../../common/workspace";
import type { Workspace } from "../../common/workspace";
import { SeanceDocumentsProvider } from "./documents/seance-files";
import { SeanceWorkspace } from "./SeanceWorkspace";
import { useSeanceDelete } from "./use-seance-view";

const useStyles = makeStyles({
  choice: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
  select: { flexGrow: 1, minWidth: 0 },
});

/** The choice of the séance shown, its deletion while in preparation, and its workspace. */
export function SeanceChoice({
  ws,
  seances,
  seance,
  onSelect,
}: {
  ws: Workspace;
  seances: readonly SeanceRecord[];
  seance: SeanceRecord;
  onSelect: (id: string) => void;
}) {
  const styles = useStyles();
  const communes = servedCommunes(ws);
  const { busy, deletable, remove } = useSeanceDelete(ws, seance);
  return (
    <>
      <div className={styles.choice}>
        <Field label="Séance" className={styles.select}>
          <Select value={seance.id} onChange={(_e, d) => onSelect(d.value)}>
            {seances.map((s) => (
              <option key={s.id} value={s.id}>
                {seanceLabel(s, communes)}
              </option>
            ))}
          </Select>
        </Field>
        {deletable && (
          <UndoableDelete
            key={seance.id}
            what={`la séance du ${formatDateFr(parisDate(seance.date))}`}
            consequence="Son ordre du jour et les avis des élus seront supprimés avec elle."
            feminine
            disabled={busy}
            onDelete={remove}
          />
        )}
      </div>
      <SeanceDocumentsProvider key={seance.id} seanceId={seance.id}>
        <SeanceWorkspace ws={ws} seance={seance} />
      </SeanceDocumentsProvider>
    </>
  );
}
