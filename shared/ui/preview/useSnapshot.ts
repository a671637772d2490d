import { useSyncExternalStore } from "react";
import type { Observable } from "@shared/preview/observable";

/** Redraws a simulated host whenever the adapter changes it. */
export function useSnapshot<Snapshot>(source: Observable<Snapshot>): Snapshot {
  return useSyncExternalStore(source.subscribe, source.snapshot);
}
