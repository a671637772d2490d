import { Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { AppShell } from "../../../shared/ui/app-shell/AppShell";
import { SimulatedDocument } from "../../../shared/ui/preview/SimulatedDocument";
import { useServices } from "./services";

const useStyles = makeStyles({
  layout: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalL },
  pane: { flexBasis: "320px", flexGrow: 1, maxWidth: "480px", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  preview: { flexBasis: "420px", flexGrow: 2 },
});

type View = "clauses" | "check";

/** The Word task pane: insert validated clauses, check the act being drafted. */
export function WordApp() {
  const styles = useStyles();
  const { host, preview } = useServices();
  const [view, setView] = useState<View>("clauses");
  return (
    <AppShell host={host} title="Mairie – Actes">
      <div className={styles.layout}>
        <div className={styles.pane}>
          <Title3 as="h1">Actes de la mairie</Title3>
          <TabList selectedValue={view} onTabSelect={(_e, data) => setView(data.value as View)} aria-label="Vues du volet">
            <Tab value="clauses">Clauses</Tab>
            <Tab value="check">Vérifier l'acte</Tab>
          </TabList>
        </div>
        {preview && (
          <div className={styles.preview}>
            <SimulatedDocument document={preview} />
          </div>
        )}
      </div>
    </AppShell>
  );
}
