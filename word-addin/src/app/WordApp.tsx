import { TaskPane } from "@shared/ui/app-shell/TaskPane";
import { SimulatedDocument } from "@shared/ui/preview/SimulatedDocument";
import { preloadedLazy } from "@shared/ui/render/preloaded-lazy";
import { ClausesPanel } from "../features/clauses/ClausesPanel";
import { NetworkNotice } from "../features/network-clauses/NetworkNotice";
import { ServicesProvider, useServices } from "./services";
import { useNetworkClauses } from "../features/network-clauses/use-network-clauses";

// The views after the first come in chunks of their own, fetched at start beside the first view: the act checker and
// the update scan stay out of the pane's first script.
const SkeletonPanel = preloadedLazy(() => import("../features/clauses/SkeletonPanel").then((m) => m.SkeletonPanel));
const CheckPanel = preloadedLazy(() => import("../features/check/CheckPanel").then((m) => m.CheckPanel));
const UpdatesPanel = preloadedLazy(() => import("../features/updates/UpdatesPanel").then((m) => m.UpdatesPanel));

const VIEWS = [
  { id: "clauses", label: "Clauses", render: () => <ClausesPanel /> },
  { id: "skeleton", label: "Acte complet", render: () => <SkeletonPanel /> },
  { id: "check", label: "Vérifier l'acte", render: () => <CheckPanel /> },
  { id: "updates", label: "Mises à jour", render: () => <UpdatesPanel /> },
] as const;

/** The Word task pane: insert validated clauses or a whole act, check the act being drafted, update old clauses. */
export function WordApp() {
  const { services, network } = useNetworkClauses(useServices());
  const { host, preview, loadNetworkClauses } = services;
  return (
    <ServicesProvider services={services}>
      <TaskPane
        host={host}
        title="Mairie – Actes"
        heading="Actes de la mairie"
        views={VIEWS}
        notice={loadNetworkClauses && <NetworkNotice network={network} />}
        preview={preview && <SimulatedDocument document={preview} />}
      />
    </ServicesProvider>
  );
}
