import type { CommuneRecord, SeanceRecord } from "../../app/data/ports";
import { parisDate } from "../../common/paris-time";
import { cockpitItems } from "./cockpit";
import type { CockpitInput, CockpitItem } from "./cockpit";
import { actTracking } from "./cockpit-acts";
import type { ActTracking } from "./cockpit-acts";

/** The lists the cockpit reads, as loaded, for every commune. */
export type CockpitLists = Omit<CockpitInput, "today" | "communes">;

export interface CockpitOverview {
  /** The séances still to hold, soonest first. */
  readonly upcoming: SeanceRecord[];
  readonly items: CockpitItem[];
  readonly late: number;
  readonly tracked: ActTracking[];
}

/** The communes shown: every one the secretary serves, or the one chosen (its id; "" for all). */
export const communesShown = (served: readonly CommuneRecord[], only: string): readonly CommuneRecord[] =>
  only === "" ? served : served.filter((c) => c.id === only);

/** What the cockpit shows of the communes chosen: next séances, things to do (late ones counted), acts to follow. */
export function cockpitOverview(
  lists: CockpitLists,
  communes: readonly CommuneRecord[],
  today: string,
): CockpitOverview {
  const mine = lists.seances.filter((s) => communes.some((c) => c.id === s.commune));
  const upcoming = mine.filter((s) => parisDate(s.date) >= today).sort((a, b) => a.date.localeCompare(b.date));
  const items = cockpitItems({ ...lists, today, communes, seances: mine });
  return {
    upcoming,
    items,
    late: items.filter((i) => i.late).length,
    tracked: actTracking(lists.actes, communes, today),
  };
}
