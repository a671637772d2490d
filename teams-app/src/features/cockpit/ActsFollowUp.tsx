import { Badge, Button, Caption1, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import { formatDateFr } from "@shared/domain/common";
import type { ActTracking } from "./cockpit-acts";
import { AcknowledgementForm } from "./AcknowledgementForm";
import { PublishButton } from "./PublishButton";
import { RemovalForm } from "./RemovalForm";

// Its own chunk: the dossier brings jszip and the envelope's form, which the cockpit's first display does not need.
const DossierPanel = lazy(() => import("./DossierPanel").then((m) => ({ default: m.DossierPanel })));

const useStyles = makeStyles({
  items: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  windows: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * The acts after the vote: where each stands (transmis, AR reçu, publié, exécutoire, or why not) and the windows it
 * has opened, each with its last day and its reference. Text only: the objet is the user's, never read as HTML.
 */
export function ActsFollowUp({ tracked, today }: { tracked: readonly ActTracking[]; today: string }) {
  const styles = useStyles();
  const [preparing, setPreparing] = useState<string>();
  if (tracked.length === 0) return <Text>Aucun acte en cours de suivi.</Text>;
  return (
    <ul className={styles.items} aria-label="Actes après le vote">
      {tracked.map((act) => (
        <li key={act.key} className={styles.item}>
          <Text weight="semibold">{act.label}</Text>
          <div>
            <Badge appearance="tint" color={act.status.executoire ? "success" : "warning"}>
              {act.status.executoire ? "Exécutoire" : "Pas exécutoire"}
            </Badge>{" "}
            <Caption1>{act.commune}</Caption1>
          </div>
          <Text>{act.statusLabel}</Text>
          {act.status.raisons.length > 0 && (
            <Caption1>{`Références : ${[...new Set(act.status.raisons.map((r) => r.ref))].join(" ; ")}`}</Caption1>
          )}
          <ul className={styles.windows} aria-label="Publication">
            {act.publication.map((step) => (
              <li key={step.label}>
                <Text>{step.doneOn ? `${step.label} : fait le ${formatDateFr(step.doneOn)}` : step.label}</Text>
                {step.keepUntil && <Text>{` — à garder jusqu'au ${formatDateFr(step.keepUntil)} au moins`}</Text>}
                <Caption1>{` · ${step.ref}`}</Caption1>
              </li>
            ))}
          </ul>
          {act.toPublish && <PublishButton acte={act.acte} commune={act.communeRecord} today={today} />}
          {act.postedSince && <RemovalForm acte={act.acte} publieLe={act.postedSince} today={today} />}
          {act.withdrawal && <Text>{act.withdrawal}</Text>}
          {act.mention && <Caption1>{`Registre des actes : « ${act.mention} ».`}</Caption1>}
          {act.awaitingAr && <AcknowledgementForm acte={act.acte} transmisLe={act.awaitingAr} today={today} />}
          {act.toSend && (
            <div>
              <Button
                size="small"
                aria-expanded={preparing === act.key}
                onClick={() => setPreparing(preparing === act.key ? undefined : act.key)}
              >
                Préparer la télétransmission
              </Button>
            </div>
          )}
          {act.toSend && preparing === act.key && (
            <Suspense fallback={<Spinner size="tiny" label="Chargement…" />}>
              <DossierPanel acte={act.acte} commune={act.communeRecord} otherNumeros={act.otherNumeros} today={today} />
            </Suspense>
          )}
          {act.windows.length > 0 && (
            <ul className={styles.windows} aria-label="Délais en cours">
              {act.windows.map((w) => (
                <li key={w.kind}>
                  <Text>{`${w.label} : jusqu'au ${formatDateFr(w.until)}`}</Text>
                  {w.prolongation && <Text>{` (${w.prolongation})`}</Text>}
                  <Caption1>{` · ${w.ref}`}</Caption1>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
