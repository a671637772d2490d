import { LOCAL_DISK_MESSAGE_START } from "@shared/data/local-site";
import { fail } from "./http";
import type { StoreResponse } from "./http";

/** When the disk refuses: how long a client should wait before trying again, in seconds. */
const RETRY_AFTER = "30";

/**
 * The answer to a write the journal could not make durable. Nothing was recorded and reads keep working; the next
 * write tries the disk again, so the store resumes by itself once space returns. A full disk is Graph's 507
 * (the storage quota is reached), any other I/O failure a 503 to retry later.
 */
export function diskFailure(code: string): StoreResponse {
  if (code === "ENOSPC" || code === "EDQUOT")
    return fail(
      507,
      "quotaLimitReached",
      `${LOCAL_DISK_MESSAGE_START} est plein : la modification n'a pas été enregistrée. Libérez de l'espace puis réessayez ; la consultation reste possible.`,
      { "Retry-After": RETRY_AFTER },
    );
  return fail(
    503,
    "serviceNotAvailable",
    `${LOCAL_DISK_MESSAGE_START} ne répond pas (${code}) : la modification n'a pas été enregistrée. Réessayez dans un moment ; la consultation reste possible.`,
    { "Retry-After": RETRY_AFTER },
  );
}
