import { MessageBar, MessageBarBody, Tab, TabList } from "@fluentui/react-components";
import { Suspense, useState } from "react";
import { identityOf, identityOfPerson } from "../common/identity";
import type { Identity } from "../common/identity";
import { CockpitView } from "../features/cockpit/CockpitView";
import { Loading } from "@shared/ui/components/Loading/Loading";
import { RefreshProvider, useLoad } from "@shared/ui/hooks/use-load";
import { ViewAsSwitcher } from "../common/ViewAsSwitcher";
import type { Workspace } from "../common/workspace";
import { WriteStatusBar } from "../common/WriteStatusBar";
import { useRecordedOid } from "./recorded-oid";
import { lazyAfterFirstView, usePreloadAfterFirstView } from "@shared/ui/render/lazy-after-first-view";
import { useServices } from "./services";
import { TeamsFrame } from "./TeamsFrame";
import type { MembreRecord } from "./data/ports";
import { fr } from "@shared/ui/i18n/fr";
import { Spinner } from "@fluentui/react-components";

// Each view but the cockpit comes in a chunk of its own, fetched once the first view is shown (so that it is there
// when the network drops): the tab's code stays within its weight budget however many views grow.
const seance = lazyAfterFirstView(() => import("../features/seance/SeanceView").then((m) => m.SeanceView));
const review = lazyAfterFirstView(() => import("../features/review/ReviewView").then((m) => m.ReviewView));
const network = lazyAfterFirstView(() => import("../features/network/NetworkView").then((m) => m.NetworkView));
const profile = lazyAfterFirstView(() => import("../features/commune/ProfileView").then((m) => m.ProfileView));
const LATER_VIEWS = [seance, review, network, profile];

const VIEWS = ["cockpit", "seance", "review", "network", "commune"] as const;
type View = (typeof VIEWS)[number];

const LABELS: Readonly<Record<View, string>> = {
  cockpit: "Cockpit",
  seance: "Séances",
  review: "Avis des élus",
  network: "Réseau",
  commune: "Profil de la commune",
};

/** Élus review the next séance; the network is the secretaries' and référents' place. */
function viewsFor(identity: Identity): readonly View[] {
  if (identity.role === "elu") return ["review", "seance"];
  if (identity.role === "referent") return ["network"];
  return VIEWS;
}

function toView(value: string | null, allowed: readonly View[]): View {
  return allowed.find((v) => v === value) ?? allowed[0] ?? "cockpit";
}

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

type DirectoryLoad = () => Promise<[{ records: Workspace["communes"][number][] }, { records: MembreRecord[] }]>;

function Directory({ load, ...props }: Omit<TabsProps, "communes" | "membres"> & { load: DirectoryLoad }) {
  const loaded = useLoad(load, []);
  return (
    <Loading loaded={loaded}>
      {([communes, membres]) => <Tabs {...props} communes={communes.records} membres={membres.records} />}
    </Loading>
  );
}

interface TabsProps {
  readonly initialView: string | null;
  readonly initialSeanceId?: string | undefined;
  /** The membre "Voir comme" chose, in the preview; inside Teams the signed-in user is found by oid, then e-mail. */
  readonly viewAsId?: string | undefined;
  readonly today: string;
  readonly communes: Workspace["communes"];
  readonly membres: readonly MembreRecord[];
}

function Tabs({ initialView, initialSeanceId, viewAsId, today, communes, membres }: TabsProps) {
  const { userEmail, signedIn } = useServices();
  const chosen = membres.find((m) => m.id === viewAsId);
  // The token's oid and UPN once signed in (the directory's read needed a token), else the host's UPN alone.
  const person = signedIn?.() ?? (userEmail ? { email: userEmail } : undefined);
  const identity =
    viewAsId !== undefined
      ? chosen
        ? identityOf(chosen, membres)
        : undefined
      : person
        ? identityOfPerson(person, membres)
        : undefined;
  useRecordedOid(viewAsId === undefined ? person : undefined, membres);
  const allowed = identity ? viewsFor(identity) : [];
  const [requested, setRequested] = useState<string | null>(initialView);
  const [seanceId, setSeanceId] = useState(initialSeanceId);
  const view = toView(requested, allowed);
  usePreloadAfterFirstView(LATER_VIEWS);
  const ws: Workspace | undefined = identity ? { communes, membres, identity, today } : undefined;
  return (
    <>
      {!ws ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            Votre compte ne figure pas dans la liste des membres : demandez au secrétariat de vous y inscrire.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <TabList
            selectedValue={view}
            onTabSelect={(_e, d) => setRequested(String(d.value))}
            aria-label="Vues de l'onglet"
          >
            {allowed.map((v) => (
              <Tab key={v} value={v}>
                {LABELS[v]}
              </Tab>
            ))}
          </TabList>
          {view === "cockpit" && (
            <CockpitView
              ws={ws}
              onOpenSeance={(id) => {
                setSeanceId(id);
                setRequested("seance");
              }}
            />
          )}
          <Suspense fallback={<Spinner size="small" label={fr.loading} />}>
            {view === "seance" && <seance.View ws={ws} seanceId={seanceId} onSelect={setSeanceId} />}
            {view === "review" && <review.View ws={ws} />}
            {view === "network" && <network.View ws={ws} />}
            {view === "commune" && <profile.View ws={ws} />}
          </Suspense>
        </>
      )}
    </>
  );
}
