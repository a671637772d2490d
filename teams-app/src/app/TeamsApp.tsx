import { RefreshProvider } from "@shared/ui/hooks/use-load";
import { ViewAsSwitcher } from "../common/ViewAsSwitcher";
import { WriteStatusBar } from "../common/WriteStatusBar";
import { Directory } from "./Directory";
import { useServices } from "./services";
import { TeamsFrame } from "./TeamsFrame";

interface TeamsAppProps {
  readonly initialView: string | null;
  readonly initialSeanceId?: string | undefined;
}

/** The Teams tab: the secretary's cockpit, the séances, the élus' review and the network of secretaries. */
export function TeamsApp(props: TeamsAppProps) {
  const { host } = useServices();
  return (
    <TeamsFrame host={host}>
      <TeamsContent {...props} />
    </TeamsFrame>
  );
}

/** What the tab shows under its heading. */
function TeamsContent({ initialView, initialSeanceId }: TeamsAppProps) {
  const { data, clock, viewAs } = useServices();
  // In the preview, "Voir comme" picks who the page acts as, through the store, before anything is read.
  const directory = (viewAsId?: string) => (
    <Directory
      initialView={initialView}
      initialSeanceId={initialSeanceId}
      viewAsId={viewAsId}
      today={clock.today()}
      load={() => Promise.all([data.communes.items(), data.membres.items()])}
    />
  );
  return (
    <RefreshProvider>
      {/* Above the directory: pending writes stay in sight even when the lists cannot be read (network cut). */}
      <WriteStatusBar />
      {viewAs ? <ViewAsSwitcher viewAs={viewAs}>{directory}</ViewAsSwitcher> : directory()}
    </RefreshProvider>
  );
}
