import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { ActeRecord, CommuneRecord } from "../../app/data/ports";
import { usePublish } from "./use-publish";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, alignItems: "start" },
});

/**
 * Publication électronique (L2131-1): puts the act's publication page in the commune's « Publications » library,
 * linking to the act's file, then records the online date and the page's address on the act. The page is kept
 * online two months at least: the cockpit shows until when.
 */
export function PublishButton({
  acte,
  commune,
  today,
}: {
  acte: ActeRecord;
  commune: CommuneRecord | undefined;
  today: string;
}) {
  const styles = useStyles();
  const { publish, notice, canPublish } = usePublish(acte, commune, today);
  return (
    <div className={styles.root}>
      <Button size="small" disabled={!canPublish} onClick={() => void publish()}>
        Publier en ligne
      </Button>
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
