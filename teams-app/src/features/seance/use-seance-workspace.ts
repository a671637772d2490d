import type { SeanceRecord } from "../../app/data/ports";
import { useServices } from "../../app/services";
import { canEditSeance } from "../../common/identity";
import { membresOf } from "../../common/workspace";
import type { Workspace } from "../../common/workspace";
import { useLoad } from "@shared/ui/hooks/use-load";
import { seanceBundle } from "./seance-bundle";
import { runSeanceCheck } from "./seance-check";

/** A séance's points and presences, assembled with its commune into the bundle its panels and checker read. */
export function useSeanceWorkspace(ws: Workspace, seance: SeanceRecord) {
  const { data, documents } = useServices();
  // Two filtered requests, whatever the number of points and élus.
  const load = () =>
    Promise.all([data.points.items({ seance: seance.id }), data.presences.items({ seance: seance.id })]);
  const loaded = useLoad(load, [seance.id]);
  // A closed séance is the record: SharePoint holds its items read-only (mairie provision), the page says so first.
  const closed = seance.statut === "close";
  const assemble = ([points, presences]: Awaited<ReturnType<typeof load>>) => {
    const bundle = seanceBundle({
      seance,
      communes: ws.communes,
      membres: membresOf(ws, seance.commune),
      points: points.records,
      presences: presences.records,
    });
    return { bundle, check: runSeanceCheck(bundle, ws.today) };
  };
  return { loaded, documents, closed, editable: canEditSeance(ws.identity) && !closed, assemble };
}
