import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatDateFr } from "@shared/domain/common";
import type { ActTracking } from "./cockpit-acts";

const useStyles = makeStyles({ windows: { margin: 0, paddingLeft: tokens.spacingHorizontalL } });

/** The act's publication formalities, each done or to do, with how long a publication stays up. */
export function ActPublicationSteps({ steps }: { steps: ActTracking["publication"] }) {
  const styles = useStyles();
  return (
    <ul className={styles.windows} aria-label="Publication">
      {steps.map((step) => (
        <li key={step.label}>
          <Text>{step.doneOn ? `${step.label} : fait le ${formatDateFr(step.doneOn)}` : step.label}</Text>
          {step.keepUntil && <Text>{` — à garder jusqu'au ${formatDateFr(step.keepUntil)} au moins`}</Text>}
          <Caption1>{` · ${step.ref}`}</Caption1>
        </li>
      ))}
    </ul>
  );
}

/** The windows the act has opened (recours, déféré, contrôle), each with its last day and its reference. */
export function ActWindows({ windows }: { windows: ActTracking["windows"] }) {
  const styles = useStyles();
  if (windows.length === 0) return null;
  return (
    <ul className={styles.windows} aria-label="Délais en cours">
      {windows.map((w) => (
        <li key={w.kind}>
          <Text>{`${w.label} : jusqu'au ${formatDateFr(w.until)}`}</Text>
          {w.prolongation && <Text>{` (${w.prolongation})`}</Text>}
          <Caption1>{` · ${w.ref}`}</Caption1>
        </li>
      ))}
    </ul>
  );
}
