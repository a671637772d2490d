import { TaskPane } from "@shared/ui/app-shell/TaskPane";
import { SimulatedDocument } from "@shared/ui/preview/SimulatedDocument";
import { CheckPanel } from "../check/CheckPanel";
import { ClausesPanel } from "../clauses/ClausesPanel";
import { SkeletonPanel } from "../clauses/SkeletonPanel";
import { UpdatesPanel } from "../updates/UpdatesPanel";
import { NetworkNotice } from "./NetworkNotice";
import { ServicesProvider, useServices } from "./services";
import { useNetworkClauses } from "./use-network-clauses";

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
