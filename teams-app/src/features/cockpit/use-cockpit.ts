import { useState } from "react";
import type { AsyncState } from "@shared/ui/hooks/async-state";
import { useLoad } from "@shared/ui/hooks/use-load";
import { useServices } from "../../app/services";
import { servedCommunes } from "../../common/workspace";
import type { Workspace } from "../../common/workspace";
import { cockpitOverview, communesShown } from "./cockpit-overview";
import type { CockpitOverview } from "./cockpit-overview";

/** The cockpit's lists, read once per identity, and what they say of the communes the secretary chose to see. */
export function useCockpit(ws: Workspace) {
  const { data } = useServices();
  const served = servedCommunes(ws);
  // "" shows every commune the secretary serves.
  const [only, setOnly] = useState("");
  const communes = communesShown(served, only);
  const loaded = useLoad(
    () => Promise.all([data.seances.items(), data.echeances.items(), data.actes.items(), data.subventions.items()]),
    [ws.identity.nom],
  );
  const overview: AsyncState<CockpitOverview> =
    loaded.status === "done"
      ? {
          status: "done",
          value: cockpitOverview(
            {
              seances: loaded.value[0].records,
              echeances: loaded.value[1].records,
              actes: loaded.value[2].records,
              subventions: loaded.value[3].records,
            },
            communes,
            ws.today,
          ),
        }
      : loaded;
  return { served, only, setOnly, communes, overview };
}
