import { Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { AppShell } from "../../../shared/ui/app-shell/AppShell";
import { SimulatedSheet } from "../../../shared/ui/preview/SimulatedSheet";
import { useServices } from "./services";

const useStyles = makeStyles({
  layout: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalL },
  pane: { flexBasis: "320px", flexGrow: 1, maxWidth: "480px", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  preview: { flexBasis: "480px", flexGrow: 2, minWidth: 0 },
});

type View = "budget" | "plan" | "summary";

/** The Excel task pane: check the budget and the subsidy financing plans. */
export function ExcelApp() {
  const styles = useStyles();
  const { host, preview } = useServices();
  const [view, setView] = useState<View>("budget");
  return (
    <AppShell host={host} title="Mairie – Budget">
      <div className={styles.layout}>
        <div className={styles.pane}>
          <Title3 as="h1">Budget de la commune</Title3>
          <TabList selectedValue={view} onTabSelect={(_e, data) => setView(data.value as View)} aria-label="Vues du volet">
            <Tab value="budget">Vérifier le budget</Tab>
            <Tab value="plan">Plan de financement</Tab>
            <Tab value="summary">Synthèse pour les élus</Tab>
          </TabList>
        </div>
        {preview && (
          <div className={styles.preview}>
            <SimulatedSheet workbook={preview} />
          </div>
        )}
      </div>
    </AppShell>
  );
}
