import { Caption1, Subtitle2, Tab, TabList } from "@fluentui/react-components";
import type { PreviewBudgetWorkbook } from "@shared/preview/preview-budget-workbook";
import { SheetGridTable } from "./SheetGridTable";
import { useSimulatedSheet } from "./use-simulated-sheet";

/** The simulated Excel workbook of the browser preview: marked cells are coloured and carry the message as a tooltip. */
export function SimulatedSheet({ workbook }: { workbook: PreviewBudgetWorkbook }) {
  const { tabs, selectedTab, grid, activate } = useSimulatedSheet(workbook);
  return (
    <section aria-label="Classeur simulé">
      <Subtitle2 as="h2">Classeur simulé</Subtitle2>
      <TabList
        size="small"
        selectedValue={selectedTab}
        onTabSelect={(_e, d) => activate(String(d.value))}
        aria-label="Feuilles"
      >
        {tabs.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
      {grid ? <SheetGridTable grid={grid} /> : <Caption1>Le classeur est vide.</Caption1>}
    </section>
  );
}
