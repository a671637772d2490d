import { useState } from "react";
import type { SeanceRecord } from "../../app/data/ports";
import { useServices } from "../../app/services";
import { membresOf } from "../../common/workspace";
import type { Workspace } from "../../common/workspace";
import { useLoad } from "@shared/ui/hooks/use-load";
import { avisByPoint, withAuthors } from "./avis-summary";
import type { Reader } from "./PointDocument";
import { upcomingSeances } from "./review-seances";

/** The séances to come and the one reviewed: the chosen one, else the nearest. */
export function useReview(ws: Workspace) {
  const { data } = useServices();
  const [chosen, setChosen] = useState<string>();
  const loaded = useLoad(() => data.seances.items(), []);
  const choose = (records: readonly SeanceRecord[]) => {
    const next = upcomingSeances(records, ws.identity.communeIds, ws.today);
    return { next, seance: next.find((s) => s.id === chosen) ?? next[0] };
  };
  return { loaded, choose, setChosen };
}

/** A séance's points with their avis and openings, and who reads them. */
export function useSeanceAvis(ws: Workspace, seance: SeanceRecord) {
  const { data } = useServices();
  // Three filtered requests, whatever the number of points, élus and openings.
  const load = () =>
    Promise.all([
      data.points.items({ seance: seance.id }),
      data.avis.items({ seance: seance.id }),
      data.ouvertures.items({ seance: seance.id }),
    ]);
  const loaded = useLoad(load, [seance.id]);
  const me = ws.identity.membres.find((m) => m.commune === seance.commune);
  const membres = membresOf(ws, seance.commune);
  const gather = ([points, avis, ouvertures]: Awaited<ReturnType<typeof load>>) => {
    const authored = withAuthors(avis.records, membres);
    const reader: Reader | undefined =
      ws.identity.role === "elu" && me
        ? { membreId: me.id, membreNom: me.nom, ouvertures: ouvertures.records }
        : undefined;
    return {
      authored,
      gathered: avisByPoint(points.records, authored, membres),
      ouvertures: ouvertures.records,
      reader,
    };
  };
  return { loaded, membres, gather };
}
