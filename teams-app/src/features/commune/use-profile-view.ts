import { useState } from "react";
import { useLoad } from "@shared/ui/hooks/use-load";
import { useServices } from "../../app/services";
import { servedCommunes } from "../../common/workspace";
import type { Workspace } from "../../common/workspace";
import { profileOverview } from "./profile-overview";

/** The commune chosen among those served, read again with its membres whenever another is chosen. */
export function useProfileView(ws: Workspace) {
  const { data } = useServices();
  const communes = servedCommunes(ws);
  const [communeId, setCommuneId] = useState(communes[0]?.id ?? "");
  const loaded = useLoad(
    () =>
      Promise.all([data.communes.get(communeId), data.membres.items({ commune: communeId })]).then(
        ([commune, membres]) => profileOverview(commune, membres.records),
      ),
    [communeId],
  );
  return { communes, communeId, setCommuneId, loaded };
}
