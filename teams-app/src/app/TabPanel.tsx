import { Spinner } from "@fluentui/react-components";
import { Suspense } from "react";
import { CockpitView } from "../features/cockpit/CockpitView";
import type { Workspace } from "../common/workspace";
import { lazyAfterFirstView } from "@shared/ui/render/lazy-after-first-view";
import { fr } from "@shared/ui/i18n/fr";
import type { View } from "./tab-views";

// Each view but the cockpit comes in a chunk of its own, fetched once the first view is shown (so that it is there
// when the network drops): the tab's code stays within its weight budget however many views grow.
const seance = lazyAfterFirstView(() => import("../features/seance/SeanceView").then((m) => m.SeanceView));
const review = lazyAfterFirstView(() => import("../features/review/ReviewView").then((m) => m.ReviewView));
const network = lazyAfterFirstView(() => import("../features/network/NetworkView").then((m) => m.NetworkView));
const profile = lazyAfterFirstView(() => import("../features/commune/ProfileView").then((m) => m.ProfileView));
export const LATER_VIEWS = [seance, review, network, profile];

interface TabPanelProps {
  readonly view: View;
  readonly ws: Workspace;
  readonly seanceId: string | undefined;
  readonly onSelectSeance: (id: string) => void;
  /** The cockpit opens a séance in the séances' view. */
  readonly onOpenSeance: (id: string) => void;
}

/** The open view: the cockpit at once, any other once its chunk is in. */
export function TabPanel({ view, ws, seanceId, onSelectSeance, onOpenSeance }: TabPanelProps) {
  return (
    <>
      {view === "cockpit" && <CockpitView ws={ws} onOpenSeance={onOpenSeance} />}
      <Suspense fallback={<Spinner size="small" label={fr.loading} />}>
        {view === "seance" && <seance.View ws={ws} seanceId={seanceId} onSelect={onSelectSeance} />}
        {view === "review" && <review.View ws={ws} />}
        {view === "network" && <network.View ws={ws} />}
        {view === "commune" && <profile.View ws={ws} />}
      </Suspense>
    </>
  );
}
