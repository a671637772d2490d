import { useState } from "react";
import type { SeanceRecord } from "../../app/data/ports";
import { useServices } from "../../app/services";
import { canEditSeance } from "../../common/identity";
import { useLoad } from "@shared/ui/hooks/use-load";
import type { Workspace } from "../../common/workspace";
import { defaultSeance, seanceDeletable, seancesServed } from "./seance-choice";
import { useWrite } from "./use-write";

/** The séances a person serves, the one shown, and the form creating a new one. */
export function useSeanceView(ws: Workspace, seanceId: string | undefined, onSelect: (id: string) => void) {
  const { data } = useServices();
  const loaded = useLoad(() => data.seances.items(), []);
  const [creating, setCreating] = useState(false);
  const closeForm = (createdId?: string) => {
    setCreating(false);
    if (createdId) onSelect(createdId);
  };
  const choose = (records: readonly SeanceRecord[]) => {
    const mine = seancesServed(records, ws.identity.communeIds);
    return { mine, seance: defaultSeance(mine, ws.today, seanceId) };
  };
  return { loaded, editable: canEditSeance(ws.identity), creating, create: () => setCreating(true), closeForm, choose };
}

/** The deletion of a séance still in preparation, with its avis, presences and points, one item at a time. */
export function useSeanceDelete(ws: Workspace, seance: SeanceRecord) {
  const { data } = useServices();
  const { busy, write } = useWrite();
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
  return { busy, deletable: canEditSeance(ws.identity) && seanceDeletable(seance), remove };
}
