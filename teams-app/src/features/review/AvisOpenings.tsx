import { Badge, Caption1, Text } from "@fluentui/react-components";
import { formatParisDateTime } from "../../common/paris-time";
import { useAvisListStyles } from "./avis-list-styles";
import { VERSION_STATE_LABELS, versionLabel } from "./document-versions";
import type { Opening, VersionState } from "./document-versions";

const VERSION_BADGE = {
  actuelle: "success",
  anterieure: "warning",
  inconnue: "informative",
  "sans-document": "informative",
} as const satisfies Record<VersionState, string>;

export function VersionBadge({ state }: { state: VersionState }) {
  return (
    <Badge appearance="outline" color={VERSION_BADGE[state]}>
      {VERSION_STATE_LABELS[state]}
    </Badge>
  );
}

/** Which élu opened which version of the point's document from the tab (Graph does not tell it for a file). */
export function AvisOpenings({ list }: { list: readonly Opening[] }) {
  const styles = useAvisListStyles();
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
