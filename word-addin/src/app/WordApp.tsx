import { lazy } from "react";
import { TaskPane } from "@shared/ui/app-shell/TaskPane";
import { ClausesPanel } from "../features/clauses/ClausesPanel";
import { NetworkNotice } from "../features/network-clauses/NetworkNotice";
import { ServicesProvider, useServices } from "./services";
import { useNetworkClauses } from "../features/network-clauses/use-network-clauses";

// The views after the first load when they first open: the act checker and the update scan stay out of the pane's
// first script.
const SkeletonPanel = lazy(() =>
  import("../features/clauses/SkeletonPanel").then((m) => ({ default: m.SkeletonPanel })),
);
const CheckPanel = lazy(() => import("../features/check/CheckPanel").then((m) => ({ default: m.CheckPanel })));
const UpdatesPanel = lazy(() => import("../features/updates/UpdatesPanel").then((m) => ({ default: m.UpdatesPanel })));

const SimulatedDocument = lazy(() =>
  import("@shared/ui/preview/SimulatedDocument").then((m) => ({ default: m.SimulatedDocument })),
);

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
