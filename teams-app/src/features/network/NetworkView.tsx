import { Tab, TabList } from "@fluentui/react-components";
import { useState } from "react";
import type { Workspace } from "../../common/workspace";
import { CalendarPanel } from "./CalendarPanel";
import { ClausesPanel } from "./ClausesPanel";
import { DirectoryPanel } from "./DirectoryPanel";
import { QuestionsPanel } from "./QuestionsPanel";

const PANELS = {
  questions: "Questions",
  clauses: "Clauses partagées",
  calendrier: "Calendrier",
  annuaire: "Annuaire",
} as const;
type Panel = keyof typeof PANELS;

/** The channel tab of the secretaries' network: questions, shared clauses, deadlines, who serves where. */
export function NetworkView({ ws }: { ws: Workspace }) {
  const [panel, setPanel] = useState<Panel>("questions");
  return (
    <>
      <TabList
        size="small"
        selectedValue={panel}
        onTabSelect={(_e, d) => setPanel(d.value as Panel)}
        aria-label="Rubriques du réseau"
      >
        {(Object.keys(PANELS) as Panel[]).map((p) => (
          <Tab key={p} value={p}>
            {PANELS[p]}
          </Tab>
        ))}
      </TabList>
      {panel === "questions" && <QuestionsPanel ws={ws} />}
      {panel === "clauses" && <ClausesPanel ws={ws} />}
      {panel === "calendrier" && <CalendarPanel ws={ws} />}
      {panel === "annuaire" && <DirectoryPanel ws={ws} />}
    </>
  );
}
