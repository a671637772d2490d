import { Badge, Button, Caption1, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import { AcknowledgementForm } from "./AcknowledgementForm";
import { ActPublicationSteps, ActWindows } from "./ActDeadlines";
import type { ActTracking } from "./cockpit-acts";
import { PublishButton } from "./PublishButton";
import { RemovalForm } from "./RemovalForm";

// Its own chunk: the dossier brings jszip and the envelope's form, which the cockpit's first display does not need.
const DossierPanel = lazy(() => import("./DossierPanel").then((m) => ({ default: m.DossierPanel })));

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
});

/** The references of why the act is not exécutoire yet, each once. */
const raisonRefs = (act: ActTracking) => [...new Set(act.status.raisons.map((r) => r.ref))].join(" ; ");

/** One act after the vote, with the forms of its next step (publish, acknowledgement, removal, dossier). */
export function ActItem(props: { act: ActTracking; today: string; preparing: boolean; onPrepare: () => void }) {
  const { act, today, preparing, onPrepare } = props;
  const styles = useStyles();
  return (
    <li className={styles.item}>
      <Text weight="semibold">{act.label}</Text>
      <div>
        <Badge appearance="tint" color={act.status.executoire ? "success" : "warning"}>
          {act.status.executoire ? "Exécutoire" : "Pas exécutoire"}
        </Badge>{" "}
        <Caption1>{act.commune}</Caption1>
      </div>
      <Text>{act.statusLabel}</Text>
      {act.status.raisons.length > 0 && <Caption1>{`Références : ${raisonRefs(act)}`}</Caption1>}
      <ActPublicationSteps steps={act.publication} />
      {act.toPublish && <PublishButton acte={act.acte} commune={act.communeRecord} today={today} />}
      {act.postedSince && <RemovalForm acte={act.acte} publieLe={act.postedSince} today={today} />}
      {act.withdrawal && <Text>{act.withdrawal}</Text>}
      {act.mention && <Caption1>{`Registre des actes : « ${act.mention} ».`}</Caption1>}
      {act.awaitingAr && <AcknowledgementForm acte={act.acte} transmisLe={act.awaitingAr} today={today} />}
      {act.toSend && (
        <div>
          <Button size="small" aria-expanded={preparing} onClick={onPrepare}>
            Préparer la télétransmission
          </Button>
        </div>
      )}
      {act.toSend && preparing && (
        <Suspense fallback={<Spinner size="tiny" label="Chargement…" />}>
          <DossierPanel acte={act.acte} commune={act.communeRecord} otherNumeros={act.otherNumeros} today={today} />
        </Suspense>
      )}
      <ActWindows windows={act.windows} />
    </li>
  );
}
