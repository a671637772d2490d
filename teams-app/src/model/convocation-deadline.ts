import { convocationRequirement, latestSendingDate } from "../../../shared/domain/common";
import type { ConvocationParams, ConvocationRequirement } from "../../../shared/domain/common";
import type { CommuneRecord, SeanceRecord } from "../data/ports";

export interface ConvocationDeadline {
  /** The last day (yyyy-mm-dd) the convocation can be sent. */
  readonly latest: string;
  readonly requirement: ConvocationRequirement;
}

/** The delay of a commune's convocation for a séance on `date` (Paris yyyy-mm-dd): cockpit, panel and forms agree. */
export function convocationDeadline(
  date: string,
  commune: CommuneRecord | undefined,
  urgence?: boolean,
): ConvocationDeadline {
  const params: ConvocationParams = {
    ...(commune?.population !== undefined ? { population: commune.population } : {}),
    ...(commune?.departement ? { departement: commune.departement } : {}),
    ...(urgence ? { urgence: true } : {}),
  };
  return { latest: latestSendingDate(date, params), requirement: convocationRequirement(params) };
}

/**
 * A convocation was sent, then the séance's date, time or place changed (it went back to « preparation »): the élus
 * were convened to something else, so it is to be sent again; its sending date stays for the checker to judge.
 */
export const convocationToResend = (seance: SeanceRecord): boolean =>
  seance.convocationLe !== undefined && seance.statut === "preparation";
