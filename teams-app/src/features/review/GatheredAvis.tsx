import { Badge, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { DocumentFile } from "@shared/data/drive/documents-port";
import type { MembreRecord, OuvertureRecord } from "../../app/data/ports";
import { formatParisDateTime } from "../../common/paris-time";
import { POSITION_LABELS, positionOf } from "./avis-summary";
import type { PointAvis } from "./avis-summary";
import {
  VERSION_STATE_LABELS,
  olderCount,
  openingsOf,
  seenVersionOf,
  versionLabel,
  versionState,
} from "./document-versions";
import type { VersionState } from "./document-versions";
import { usePointDocument } from "./PointDocument";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

const BADGE = { favorable: "success", defavorable: "danger", reserve: "warning", question: "informative" } as const;
const VERSION_BADGE = {
  actuelle: "success",
  anterieure: "warning",
  inconnue: "informative",
  "sans-document": "informative",
} as const satisfies Record<VersionState, string>;

function VersionBadge({ state }: { state: VersionState }) {
  return (
    <Badge appearance="outline" color={VERSION_BADGE[state]}>
      {VERSION_STATE_LABELS[state]}
    </Badge>
  );
}

/** Which élu opened which version of the point's document from the tab (Graph does not tell it for a file). */
function Openings({ list }: { list: ReturnType<typeof openingsOf> }) {
  const styles = useStyles();
  if (list.length === 0) return <Caption1>Personne n'a encore ouvert le projet depuis l'onglet.</Caption1>;
  return (
    <ul className={styles.list} aria-label="Ouvertures du projet">
      {list.map(({ record, auteur, state }) => (
        <li key={record.id}>
          <Text>{`${auteur} a ouvert la ${versionLabel(record)} le ${formatParisDateTime(record.ouvertLe)} `}</Text>
          <VersionBadge state={state} />
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
  const styles = useStyles();
  const file: DocumentFile | undefined = usePointDocument(entry.point);
  const older = olderCount(entry.avis, file);
  return (
    <>
      <div className={styles.counts}>
        {(Object.keys(POSITION_LABELS) as (keyof typeof POSITION_LABELS)[]).map((p) => (
          <Badge key={p} appearance="tint" color={BADGE[p]}>{`${POSITION_LABELS[p]} : ${entry.counts[p]}`}</Badge>
        ))}
      </div>
      {entry.avis.length === 0 ? (
        <Caption1>Aucun avis pour l'instant.</Caption1>
      ) : (
        <ul className={styles.list}>
          {entry.avis.map(({ record, auteur }) => (
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
      )}
      {older > 0 && file && (
        <Caption1>{`${older} avis porte(nt) sur une version antérieure du projet (version actuelle : ${versionLabel(seenVersionOf(file))}).`}</Caption1>
      )}
      {file && <Openings list={openingsOf(ouvertures, entry.point.id, file, membres)} />}
    </>
  );
}
