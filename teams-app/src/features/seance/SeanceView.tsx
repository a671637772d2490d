import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { SeanceRecord } from "../../app/data/ports";
import { canEditSeance } from "../../common/identity";
import { parisDate } from "../../common/paris-time";
import { formatDateFr } from "@shared/domain/common";
import { UndoableDelete } from "../../common/UndoableDelete";
import { useWrite } from "./use-write";
import { useServices } from "../../app/services";
import { Loading } from "@shared/ui/components/Loading/Loading";
import { useLoad } from "@shared/ui/hooks/use-load";
import { Section } from "../../common/Section";
import { seanceLabel } from "../../common/seance-label";
import { servedCommunes } from "../../common/workspace";
import type { Workspace } from "../../common/workspace";
import { NewSeanceForm } from "./NewSeanceForm";
import { SeanceDocumentsProvider } from "./documents/seance-files";
import { SeanceWorkspace } from "./SeanceWorkspace";

const useStyles = makeStyles({
  create: { alignSelf: "flex-start" },
  choice: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
  select: { flexGrow: 1, minWidth: 0 },
});

/** The séance shown first: the one asked for, else the next to come, else the latest. */
export function defaultSeance(
  seances: readonly SeanceRecord[],
  today: string,
  wanted?: string,
): SeanceRecord | undefined {
  const sorted = [...seances].sort((a, b) => a.date.localeCompare(b.date));
  return (
    sorted.find((s) => s.id === wanted) ?? sorted.find((s) => parisDate(s.date) >= today) ?? sorted[sorted.length - 1]
  );
}

/** Pick a séance of a commune served (or, for the secretary, create one), then prepare, hold and document it. */
export function SeanceView({
  ws,
  seanceId,
  onSelect,
}: {
  ws: Workspace;
  seanceId: string | undefined;
  onSelect: (id: string) => void;
}) {
  const styles = useStyles();
  const { data } = useServices();
  const loaded = useLoad(() => data.seances.items(), []);
  const communes = servedCommunes(ws);
  const editable = canEditSeance(ws.identity);
  const [creating, setCreating] = useState(false);
  const closeForm = (createdId?: string) => {
    setCreating(false);
    if (createdId) onSelect(createdId);
  };
  return (
    <Loading loaded={loaded}>
      {({ records }) => {
        const mine = records
          .filter((s) => ws.identity.communeIds.includes(s.commune))
          .sort((a, b) => b.date.localeCompare(a.date));
        const seance = defaultSeance(mine, ws.today, seanceId);
        return (
          <>
            {editable && !creating && (
              <Button className={styles.create} onClick={() => setCreating(true)}>
                Nouvelle séance
              </Button>
            )}
            {creating && (
              <Section title="Nouvelle séance">
                <NewSeanceForm communes={communes} today={ws.today} onClose={closeForm} />
              </Section>
            )}
            {seance ? (
              <SeanceChoice ws={ws} seances={mine} seance={seance} onSelect={onSelect} />
            ) : (
              <Text>Aucune séance pour les communes que vous servez.</Text>
            )}
          </>
        );
      }}
    </Loading>
  );
}

function SeanceChoice({
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
  const { data } = useServices();
  const { busy, write } = useWrite();
  // Only a séance nobody was convened to can go: once convened, it is held, or postponed by a new convocation.
  const deletable = canEditSeance(ws.identity) && seance.statut === "preparation" && !seance.convocationLe;
  const remove = async () => {
    const [avis, presences, points] = await Promise.all([
      data.avis.items({ seance: seance.id }),
      data.presences.items({ seance: seance.id }),
      data.points.items({ seance: seance.id }),
    ]);
    for (const a of avis.records) await write("avis", { kind: "delete", id: a.id, eTag: a.eTag });
    for (const p of presences.records) await write("presences", { kind: "delete", id: p.id, eTag: p.eTag });
    for (const p of points.records) await write("points", { kind: "delete", id: p.id, eTag: p.eTag });
    await write("seances", { kind: "delete", id: seance.id, eTag: seance.eTag });
  };
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
