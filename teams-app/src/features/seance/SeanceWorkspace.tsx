import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { SeanceRecord } from "../../app/data/ports";
import { SECTION_ANCHORS } from "./seance-check";
import { Loading } from "@shared/ui/components/Loading/Loading";
import { Section } from "../../common/Section";
import type { Workspace } from "../../common/workspace";
import { AgendaEditor } from "./AgendaEditor";
import { AttendancePanel } from "./AttendancePanel";
import { CloseSeance } from "./CloseSeance";
import { ConvocationPanel } from "./ConvocationPanel";
import { FormalityDates } from "./documents/FormalityDates";
import { SeanceDocumentsPanel } from "./documents/SeanceDocumentsPanel";
import { LegacyMigration } from "./LegacyMigration";
import { ScheduleEditor } from "./ScheduleEditor";
import { SeanceChecker } from "./SeanceChecker";
import { useSeanceWorkspace } from "./use-seance-workspace";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 3fr) minmax(300px, 2fr)",
    gap: tokens.spacingHorizontalM,
    alignItems: "start",
    "@media (max-width: 900px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  column: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
});

/** One séance: the forms on the left, the checker's findings always in view on the right (under them when narrow). */
export function SeanceWorkspace({ ws, seance }: { ws: Workspace; seance: SeanceRecord }) {
  const styles = useStyles();
  const { loaded, documents, closed, editable, assemble } = useSeanceWorkspace(ws, seance);
  return (
    <Loading loaded={loaded}>
      {(lists) => {
        const { bundle, check } = assemble(lists);
        return (
          <div className={styles.grid}>
            <div className={styles.column}>
              {closed && (
                <MessageBar intent="info">
                  <MessageBarBody>
                    Séance close : le procès-verbal est arrêté, plus rien ne s'y modifie. Elle reste consultable.
                  </MessageBarBody>
                </MessageBar>
              )}
              {editable && (
                <div id={SECTION_ANCHORS.schedule}>
                  <Section title="Date, heure et lieu">
                    <ScheduleEditor key={seance.eTag} bundle={bundle} today={ws.today} />
                  </Section>
                </div>
              )}
              <div id={SECTION_ANCHORS.agenda}>
                <Section title="Ordre du jour">
                  <AgendaEditor bundle={bundle} editable={editable} />
                </Section>
              </div>
              <div id={SECTION_ANCHORS.convocation}>
                <Section title="Convocation">
                  <ConvocationPanel bundle={bundle} editable={editable} today={ws.today} />
                </Section>
              </div>
              {editable && <LegacyMigration bundle={bundle} />}
              {editable && (
                <Section title="Présence, procurations et votes">
                  <AttendancePanel bundle={bundle} />
                </Section>
              )}
              {editable && (
                <div id={SECTION_ANCHORS.documents}>
                  <Section title="Documents Word de la séance">
                    {documents && <SeanceDocumentsPanel bundle={bundle} documents={documents} />}
                    <FormalityDates bundle={bundle} />
                    <CloseSeance seance={seance} />
                  </Section>
                </div>
              )}
            </div>
            <SeanceChecker check={check} />
          </div>
        );
      }}
    </Loading>
  );
}
