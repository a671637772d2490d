import type { StorageLike } from "../../../shared/data/outbox/storage";
import { EMPTY_DETAILS } from "../model/seance-details";
import type { SeanceDetails, SeanceDetailsStore } from "../model/seance-details";

const KEY = "mairie.seance-details.";

/** Details kept in this browser until the lists carry them; unreadable entries are read as empty, never thrown. */
export function storageDetailsStore(storage: StorageLike): SeanceDetailsStore {
  return {
    read(seanceId) {
      try {
        const raw = storage.getItem(KEY + seanceId);
        return raw ? { ...EMPTY_DETAILS, ...(JSON.parse(raw) as Partial<SeanceDetails>) } : EMPTY_DETAILS;
      } catch {
        return EMPTY_DETAILS;
      }
    },
    write(seanceId, details) {
      storage.setItem(KEY + seanceId, JSON.stringify(details));
    },
  };
}
