import { Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { AppShell } from "@shared/ui/app-shell/AppShell";
import { SimulatedDocument } from "@shared/ui/preview/SimulatedDocument";
import { CheckPanel } from "../check/CheckPanel";
import { ClausesPanel } from "../clauses/ClausesPanel";
import { SkeletonPanel } from "../clauses/SkeletonPanel";
import { UpdatesPanel } from "../updates/UpdatesPanel";
import { NetworkNotice } from "./NetworkNotice";
import { ServicesProvider, useServices } from "./services";
import { useNetworkClauses } from "./use-network-clauses";

const useStyles = makeStyles({
  layout: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalL },
  pane: {
    flexBasis: "320px",
    flexGrow: 1,
    maxWidth: "480px",
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  tabs: { flexWrap: "wrap" },
  preview: { flexBasis: "420px", flexGrow: 2, minWidth: 0 },
});

const VIEWS = {
  clauses: { label: "Clauses", Panel: ClausesPanel },
  skeleton: { label: "Acte complet", Panel: SkeletonPanel },
  check: { label: "Vérifier l'acte", Panel: CheckPanel },
  updates: { label: "Mises à jour", Panel: UpdatesPanel },
} as const;

type View = keyof typeof VIEWS;

/** The Word task pane: insert validated clauses or a whole act, check the act being drafted, update old clauses. */
export function WordApp() {
  const styles = useStyles();
  const { services, network } = useNetworkClauses(useServices());
  const { host, preview, loadNetworkClauses } = services;
  const [view, setView] = useState<View>("clauses");
  const { Panel } = VIEWS[view];
  return (
    <ServicesProvider services={services}>
      <AppShell host={host} title="Mairie – Actes">
        <div className={styles.layout}>
          <div className={styles.pane}>
            <Title3 as="h1">Actes de la mairie</Title3>
            {loadNetworkClauses && <NetworkNotice network={network} />}
            <TabList
              className={styles.tabs}
              size="small"
              selectedValue={view}
              onTabSelect={(_e, data) => setView(data.value as View)}
              aria-label="Vues du volet"
            >
              {(Object.keys(VIEWS) as View[]).map((v) => (
                <Tab key={v} value={v}>
                  {VIEWS[v].label}
                </Tab>
              ))}
            </TabList>
            <div role="tabpanel" aria-label={VIEWS[view].label}>
              <Panel />
            </div>
          </div>
          {preview && (
            <div className={styles.preview}>
              <SimulatedDocument document={preview} />
            </div>
          )}
        </div>
      </AppShell>
    </ServicesProvider>
  );
}
