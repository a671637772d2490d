import { useCallback, useEffect, useMemo, useState } from "react";
import type { NetworkLibrary } from "@shared/data/network-clauses";
import type { WordServices } from "../../app/services";

/**
 * The pane starts on the built-in catalog and swaps in the merged library when the network's lists have answered:
 * a slow or unreachable SharePoint never delays the first clause. `reloadNetworkClauses` reads them again (a
 * référent may validate a version while the document is open).
 */
export function useNetworkClauses(services: WordServices): { services: WordServices; network?: NetworkLibrary } {
  const { loadNetworkClauses } = services;
  const [network, setNetwork] = useState<NetworkLibrary>();
  const [reads, setReads] = useState(0);
  const reload = useCallback(() => setReads((n) => n + 1), []);
  useEffect(() => {
    let shown = true;
    void loadNetworkClauses?.().then((loaded) => shown && setNetwork(loaded));
    return () => {
      shown = false;
    };
  }, [loadNetworkClauses, reads]);
  const merged = useMemo(
    () => ({
      ...services,
      ...(network ? { clauses: network.library } : {}),
      ...(loadNetworkClauses ? { reloadNetworkClauses: reload } : {}),
    }),
    [services, network, loadNetworkClauses, reload],
  );
  return network ? { services: merged, network } : { services: merged };
}
