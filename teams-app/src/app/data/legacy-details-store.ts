import type { StorageLike } from "@shared/data/outbox/storage";
import { legacyDetailsSchema } from "../../features/seance/legacy-details";
import type { LegacyDetails } from "../../features/seance/legacy-details";

const KEY = "mairie.seance-details.";

/** The séance details earlier versions kept in this browser, until they have been carried into the lists. */
export interface LegacyDetailsStore {
  /** Undefined when nothing is kept; an entry that cannot be read is of no use to anyone and is dropped. */
  read(seanceId: string): LegacyDetails | undefined;
  forget(seanceId: string): void;
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

export function legacyDetailsStore(storage: StorageLike): LegacyDetailsStore {
  return {
    read(seanceId) {
      const raw = storage.getItem(KEY + seanceId);
      if (raw === null) return undefined;
      const parsed = legacyDetailsSchema.safeParse(parseJson(raw));
      if (!parsed.success) storage.removeItem(KEY + seanceId);
      return parsed.success ? parsed.data : undefined;
    },
    forget: (seanceId) => storage.removeItem(KEY + seanceId),
  };
}
