import { useEffect, useMemo, useState } from "react";
import type { NetworkLibrary } from "../../../shared/data/network-clauses";
import type { WordServices } from "./services";

/**
 * The pane starts on the built-in catalog and swaps in the merged library when the network's lists have answered:
 * a slow or unreachable SharePoint never delays the first clause.
 */
export function useNetworkClauses(services: WordServices): { services: WordServices; network?: NetworkLibrary } {
  const { loadNetworkClauses } = services;
  const [network, setNetwork] = useState<NetworkLibrary>();
  useEffect(() => {
    let shown = true;
    void loadNetworkClauses?.().then((loaded) => shown && setNetwork(loaded));
    return () => {
      shown = false;
    };
  }, [loadNetworkClauses]);
  const merged = useMemo(() => (network ? { ...services, clauses: network.library } : services), [services, network]);
  return network ? { services: merged, network } : { services: merged };
}
