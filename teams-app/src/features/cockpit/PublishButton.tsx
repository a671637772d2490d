import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatDateFr } from "@shared/domain/common";
import { keepUntil } from "@shared/domain/transmission/publication";
import type { ActeRecord, CommuneRecord } from "../../app/data/ports";
import { useServices } from "../../app/services";
import { parisToUtc } from "../../common/paris-time";
import { useWrite } from "../seance/use-write";
import { acteRecordOf } from "./acte-record";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, alignItems: "start" },
});

/** What became of the record's save, after the page went online. */
const SAVE_NOTES = {
  saved: "",
  queued: " La date de mise en ligne sera enregistrée sur la fiche de l'acte dès que la connexion le permet.",
  conflict:
    " La fiche de l'acte a été modifiée entre-temps : rechargez, puis publiez de nouveau pour enregistrer la date.",
  rejected: " La date n'a pas pu être enregistrée sur la fiche de l'acte : vérifiez vos droits sur la liste Actes.",
} as const;

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
  const { publications } = useServices();
  const { busy, write } = useWrite();
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<{ readonly intent: "error" | "success"; readonly text: string }>();
  const publish = async () => {
    if (!publications || !commune) {
      setMessage({ intent: "error", text: "La bibliothèque « Publications » n'est pas accessible d'ici." });
      return;
    }
    setWorking(true);
    try {
      // Its own chunk: the page's template and the executoire mention, which the cockpit's first display skips.
      const { publishActPage } = await import("@shared/data/drive/publish-act");
      const page = await publishActPage(publications, {
        communeId: commune.id,
        communeName: commune.nom,
        acteId: acte.id,
        record: acteRecordOf(acte, commune),
        actHref: acte.documentActe,
        today,
      });
      const saved = await write("actes", {
        kind: "update",
        id: acte.id,
        eTag: acte.eTag,
        patch: { publieLe: parisToUtc(today, "12:00"), pagePublication: page.webUrl },
      });
      setMessage({
        intent: saved.status === "saved" || saved.status === "queued" ? "success" : "error",
        text: `Page de publication mise en ligne le ${formatDateFr(today)} (« ${page.name} ») : à garder en ligne jusqu'au ${formatDateFr(keepUntil(today))} au moins.${SAVE_NOTES[saved.status]}`,
      });
    } catch (error) {
      setMessage({
        intent: "error",
        text: `La page de publication n'a pas pu être mise en ligne : ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setWorking(false);
    }
  };
  return (
    <div className={styles.root}>
      <Button size="small" disabled={working || busy} onClick={() => void publish()}>
        Publier en ligne
      </Button>
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
