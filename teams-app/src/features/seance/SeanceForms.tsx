import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { DocumentsPort } from "@shared/data/drive/documents-port";
import type { SeanceRecord } from "../../app/data/ports";
import { Section } from "../../common/Section";
import { AgendaEditor } from "./AgendaEditor";
import { ConvocationPanel } from "./ConvocationPanel";
import type { SeanceBundle } from "./council-seance";
import { ScheduleEditor } from "./ScheduleEditor";
import { SECTION_ANCHORS } from "./seance-check";
import { SeanceRecordPanels } from "./SeanceRecordPanels";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
});

interface Props {
  readonly bundle: SeanceBundle;
  readonly seance: SeanceRecord;
  readonly today: string;
  readonly closed: boolean;
  readonly editable: boolean;
  readonly documents: DocumentsPort | undefined;
}

/** The séance's forms, in the order it is prepared; when not editable, its agenda and convocation only, to read. */
export function SeanceForms({ bundle, seance, today, closed, editable, documents }: Props) {
  const styles = useStyles();
  return (
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
            <ScheduleEditor key={seance.eTag} bundle={bundle} today={today} />
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
          <ConvocationPanel bundle={bundle} editable={editable} today={today} />
        </Section>
      </div>
      {editable && <SeanceRecordPanels bundle={bundle} seance={seance} documents={documents} />}
    </div>
  );
}
