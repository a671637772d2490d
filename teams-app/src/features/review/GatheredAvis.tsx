import { Badge, Caption1, Text } from "@fluentui/react-components";
import type { DocumentFile } from "@shared/data/drive/documents-port";
import type { MembreRecord, OuvertureRecord } from "../../app/data/ports";
import { AvisOpenings, VersionBadge } from "./AvisOpenings";
import { useAvisListStyles } from "./avis-list-styles";
import { POSITION_LABELS, positionOf } from "./avis-summary";
import type { PointAvis } from "./avis-summary";
import { olderNote, openingsOf, versionLabel, versionState } from "./document-versions";
import { usePointDocument } from "./PointDocument";

const BADGE = { favorable: "success", defavorable: "danger", reserve: "warning", question: "informative" } as const;

/** Each élu's avis and the version of the projet it was given on. */
function AvisList({ avis, file }: { avis: PointAvis["avis"]; file: DocumentFile | undefined }) {
  const styles = useAvisListStyles();
  if (avis.length === 0) return <Caption1>Aucun avis pour l'instant.</Caption1>;
  return (
    <ul className={styles.list}>
      {avis.map(({ record, auteur }) => (
        <li key={record.id}>
          <Text weight="semibold">{`${auteur} — ${POSITION_LABELS[positionOf(record)]}`}</Text>
          {record.commentaire ? <Text>{` : ${record.commentaire}`}</Text> : null}
          {/* Without a projet in the folder nor a version recorded, there is no version to speak of. */}
          {(file || record.documentEmpreinte) && (
            <>
              <Caption1>{` (avis donné sur la ${versionLabel(record)}) `}</Caption1>
              <VersionBadge state={versionState(record, file)} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The avis of the élus on one point, with the version each was given on, as the secretary sees them. */
export function GatheredAvis({
  entry,
  ouvertures,
  membres,
}: {
  entry: PointAvis;
  ouvertures: readonly OuvertureRecord[];
  membres: readonly MembreRecord[];
}) {
  const styles = useAvisListStyles();
  const file = usePointDocument(entry.point);
  const older = olderNote(entry.avis, file);
  return (
    <>
      <div className={styles.counts}>
        {(Object.keys(POSITION_LABELS) as (keyof typeof POSITION_LABELS)[]).map((p) => (
          <Badge key={p} appearance="tint" color={BADGE[p]}>{`${POSITION_LABELS[p]} : ${entry.counts[p]}`}</Badge>
        ))}
      </div>
      <AvisList avis={entry.avis} file={file} />
      {older && <Caption1>{older}</Caption1>}
      {file && <AvisOpenings list={openingsOf(ouvertures, entry.point.id, file, membres)} />}
    </>
  );
}
