import { Text, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { ActItem } from "./ActItem";
import type { ActTracking } from "./cockpit-acts";

const useStyles = makeStyles({ items: { listStyleType: "none", margin: 0, padding: 0 } });

/**
 * The acts after the vote: where each stands (transmis, AR reçu, publié, exécutoire, or why not) and the windows it
 * has opened, each with its last day and its reference. Text only: the objet is the user's, never read as HTML.
 */
export function ActsFollowUp({ tracked, today }: { tracked: readonly ActTracking[]; today: string }) {
  const styles = useStyles();
  // One dossier open at a time: preparing another closes the first.
  const [preparing, setPreparing] = useState<string>();
  if (tracked.length === 0) return <Text>Aucun acte en cours de suivi.</Text>;
  return (
    <ul className={styles.items} aria-label="Actes après le vote">
      {tracked.map((act) => (
        <ActItem
          key={act.key}
          act={act}
          today={today}
          preparing={preparing === act.key}
          onPrepare={() => setPreparing(preparing === act.key ? undefined : act.key)}
        />
      ))}
    </ul>
  );
}
