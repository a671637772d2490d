import { Field, Select, Text } from "@fluentui/react-components";
import type { SeanceRecord } from "../../data/ports";
import { parisDate } from "../../model/paris-time";
import { useServices } from "../../tab/services";
import { Loading } from "../common/Loading";
import { useLoad } from "../common/refresh";
import { seanceLabel } from "../common/seance-label";
import { servedCommunes } from "../common/workspace";
import type { Workspace } from "../common/workspace";
import { SeanceWorkspace } from "./SeanceWorkspace";

/** The séance shown first: the one asked for, else the next to come, else the latest. */
export function defaultSeance(seances: readonly SeanceRecord[], today: string, wanted?: string): SeanceRecord | undefined {
  const sorted = [...seances].sort((a, b) => a.date.localeCompare(b.date));
  return sorted.find((s) => s.id === wanted) ?? sorted.find((s) => parisDate(s.date) >= today) ?? sorted[sorted.length - 1];
}

/** Pick a séance of a commune served, then prepare, hold and document it. */
export function SeanceView({ ws, seanceId, onSelect }: { ws: Workspace; seanceId: string | undefined; onSelect: (id: string) => void }) {
  const { data } = useServices();
  const loaded = useLoad(() => data.seances.items(), []);
  const communes = servedCommunes(ws);
  return (
    <Loading loaded={loaded}>
      {({ records }) => {
        const mine = records.filter((s) => ws.identity.communeIds.includes(s.commune)).sort((a, b) => b.date.localeCompare(a.date));
        const seance = defaultSeance(mine, ws.today, seanceId);
        if (!seance) return <Text>Aucune séance pour les communes que vous servez.</Text>;
        return (
          <>
            <Field label="Séance">
              <Select value={seance.id} onChange={(_e, d) => onSelect(d.value)}>
                {mine.map((s) => (
                  <option key={s.id} value={s.id}>{seanceLabel(s, communes)}</option>
                ))}
              </Select>
            </Field>
            <SeanceWorkspace key={seance.id} ws={ws} seance={seance} />
          </>
        );
      }}
    </Loading>
  );
}
