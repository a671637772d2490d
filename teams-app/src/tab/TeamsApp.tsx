import { Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { AppShell } from "../../../shared/ui/app-shell/AppShell";
import { useServices } from "./services";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

const VIEWS = ["cockpit", "seance", "review", "network"] as const;
type View = (typeof VIEWS)[number];

function toView(value: string | null): View {
  return VIEWS.find((v) => v === value) ?? "cockpit";
}

/** The Teams tab: the secretary's cockpit, the séances, the élus' review and the network of secretaries. */
export function TeamsApp({ initialView }: { initialView: string | null }) {
  const styles = useStyles();
  const { host } = useServices();
  const [view, setView] = useState<View>(toView(initialView));
  return (
    <AppShell host={host} title="Mairie">
      <div className={styles.header}>
        <Title3 as="h1">Mairie — secrétariat général</Title3>
        <TabList selectedValue={view} onTabSelect={(_e, data) => setView(toView(String(data.value)))} aria-label="Vues de l'onglet">
          <Tab value="cockpit">Cockpit</Tab>
          <Tab value="seance">Séances</Tab>
          <Tab value="review">Avis des élus</Tab>
          <Tab value="network">Réseau</Tab>
        </TabList>
      </div>
    </AppShell>
  );
}
