import { MessageBar, MessageBarBody, Tab, TabList } from "@fluentui/react-components";
import { useState } from "react";
import type { Workspace } from "../common/workspace";
import { usePreloadAfterFirstView } from "@shared/ui/render/lazy-after-first-view";
import type { MembreRecord } from "./data/ports";
import { LATER_VIEWS, TabPanel } from "./TabPanel";
import { LABELS, toView, viewsFor } from "./tab-views";
import { useIdentity } from "./use-identity";

export interface TabsProps {
  readonly initialView: string | null;
  readonly initialSeanceId?: string | undefined;
  /** The membre "Voir comme" chose, in the preview; inside Teams the signed-in user is found by oid, then e-mail. */
  readonly viewAsId?: string | undefined;
  readonly today: string;
  readonly communes: Workspace["communes"];
  readonly membres: readonly MembreRecord[];
}

/** The views the user may open, as tabs, and the one open; a warning instead when they are not a membre. */
export function Tabs({ initialView, initialSeanceId, viewAsId, today, communes, membres }: TabsProps) {
  const identity = useIdentity(viewAsId, membres);
  const allowed = identity ? viewsFor(identity) : [];
  const [requested, setRequested] = useState<string | null>(initialView);
  const [seanceId, setSeanceId] = useState(initialSeanceId);
  const view = toView(requested, allowed);
  usePreloadAfterFirstView(LATER_VIEWS);
  if (!identity) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          Votre compte ne figure pas dans la liste des membres : demandez au secrétariat de vous y inscrire.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
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
      <TabPanel
        view={view}
        ws={{ communes, membres, identity, today }}
        seanceId={seanceId}
        onSelectSeance={setSeanceId}
        onOpenSeance={(id) => {
          setSeanceId(id);
          setRequested("seance");
        }}
      />
    </>
  );
}
