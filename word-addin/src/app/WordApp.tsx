import { TaskPane } from "@shared/ui/app-shell/TaskPane";
import { SimulatedDocument } from "@shared/ui/preview/SimulatedDocument";
import { lazyAfterFirstView, usePreloadAfterFirstView } from "@shared/ui/render/lazy-after-first-view";
import { ClausesPanel } from "../features/clauses/ClausesPanel";
import { NetworkNotice } from "../features/network-clauses/NetworkNotice";
import { PANE_TEXT } from "./frame";
import { ServicesProvider, useServices } from "./services";
import { useNetworkClauses } from "../features/network-clauses/use-network-clauses";

// The views after the first come in chunks of their own, fetched once the first view is shown: the act checker and
// the update scan neither weigh on the pane's first script nor delay its first view.
const skeleton = lazyAfterFirstView(() => import("../features/clauses/SkeletonPanel").then((m) => m.SkeletonPanel));
const check = lazyAfterFirstView(() => import("../features/check/CheckPanel").then((m) => m.CheckPanel));
const updates = lazyAfterFirstView(() => import("../features/updates/UpdatesPanel").then((m) => m.UpdatesPanel));
const LATER_VIEWS = [skeleton, check, updates];

const VIEWS = [
  { id: "clauses", label: "Clauses", render: () => <ClausesPanel /> },
  { id: "skeleton", label: "Acte complet", render: () => <skeleton.View /> },
  { id: "check", label: "Vérifier l'acte", render: () => <check.View /> },
  { id: "updates", label: "Mises à jour", render: () => <updates.View /> },
] as const;

/** The Word task pane: insert validated clauses or a whole act, check the act being drafted, update old clauses. */
export function WordApp() {
  const { services, network } = useNetworkClauses(useServices());
  const { host, preview, loadNetworkClauses } = services;
  usePreloadAfterFirstView(LATER_VIEWS);
  return (
    <ServicesProvider services={services}>
      <TaskPane
        host={host}
        {...PANE_TEXT}
        views={VIEWS}
        notice={loadNetworkClauses && <NetworkNotice network={network} />}
        preview={preview && <SimulatedDocument document={preview} />}
      />
    </ServicesProvider>
  );
}
