import type { DocumentsPort } from "@shared/data/drive/documents-port";
import type { SeanceRecord } from "../../app/data/ports";
import { Section } from "../../common/Section";
import { AttendancePanel } from "./AttendancePanel";
import { CloseSeance } from "./CloseSeance";
import type { SeanceBundle } from "./council-seance";
import { FormalityDates } from "./documents/FormalityDates";
import { SeanceDocumentsPanel } from "./documents/SeanceDocumentsPanel";
import { LegacyMigration } from "./LegacyMigration";
import { SECTION_ANCHORS } from "./seance-check";

interface Props {
  readonly bundle: SeanceBundle;
  readonly seance: SeanceRecord;
  /** Without the document library, the formalities and the closing still show. */
  readonly documents: DocumentsPort | undefined;
}

/** What the secretary records of an open séance: who was there and the votes, its Word documents, its closing. */
export function SeanceRecordPanels({ bundle, seance, documents }: Props) {
  return (
    <>
      <LegacyMigration bundle={bundle} />
      <Section title="Présence, procurations et votes">
        <AttendancePanel bundle={bundle} />
      </Section>
      <div id={SECTION_ANCHORS.documents}>
        <Section title="Documents Word de la séance">
          {documents && <SeanceDocumentsPanel bundle={bundle} documents={documents} />}
          <FormalityDates bundle={bundle} />
          <CloseSeance seance={seance} />
        </Section>
      </div>
    </>
  );
}
