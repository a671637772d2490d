import {
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { DocumentFile, DocumentsPort } from "@shared/data/drive/documents-port";
import type { PlannedDocument } from "@shared/documents";
import { loadSeanceFacts } from "@shared/data/seance-facts";
import type { SeanceBundle } from "../council-seance";
import { useServices } from "../../../app/services";
import { Loading } from "@shared/ui/components/Loading/Loading";
import { useRefresh } from "@shared/ui/hooks/use-load";
import { documentLine } from "./document-labels";
import { useDocumentHref, useSeanceFilesLoad } from "./seance-files";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
});

type Stage = "preparation" | "apres";

/** The generators and the library client come in their own chunk: docx is loaded only when a document is made. */
async function plan(
  data: Parameters<typeof loadSeanceFacts>[0],
  seanceId: string,
  stage: Stage,
): Promise<PlannedDocument[]> {
  const [documents, facts] = await Promise.all([import("@shared/documents"), loadSeanceFacts(data, seanceId)]);
  return stage === "preparation" ? documents.preparationDocuments(facts) : documents.afterSeanceDocuments(facts);
}

function FileItem({ file, onRegenerate }: { file: DocumentFile; onRegenerate?: () => void }) {
  const href = useDocumentHref(file);
  return (
    <li>
      <Text weight="semibold">{file.name}</Text>
      <Caption1>{` — ${documentLine(file)}`}</Caption1>{" "}
      {href && (
        <Link href={href} target="_blank" rel="noreferrer">
          Ouvrir dans Word
        </Link>
      )}{" "}
      {onRegenerate && (
        <Button size="small" appearance="subtle" onClick={onRegenerate}>
          Régénérer
        </Button>
      )}
    </li>
  );
}

/**
 * The séance's Word documents in the commune's library: generated on request, never over an edited one; the folder
 * is read by the enclosing `SeanceDocumentsProvider`. Every document of the séance is a .docx of that folder.
 */
export function SeanceDocumentsPanel({ bundle, documents }: { bundle: SeanceBundle; documents: DocumentsPort }) {
  const styles = useStyles();
  const { data } = useServices();
  const { refresh } = useRefresh();
  const seanceId = bundle.seance.id;
  const loaded = useSeanceFilesLoad();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string }>();
  const [confirm, setConfirm] = useState<{ file: DocumentFile; doc: PlannedDocument }>();
  const held = bundle.details.presents.length > 0;

  const run = async (task: () => Promise<string>) => {
    setBusy(true);
    setMessage(undefined);
    try {
      setMessage({ intent: "success", text: await task() });
      refresh();
    } catch (error) {
      setMessage({ intent: "error", text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const generate = (stage: Stage) =>
    run(async () => {
      const { publishDocuments } = await import("@shared/data/drive/publish-documents");
      const planned = await plan(data, seanceId, stage);
      const eTags = Object.fromEntries(bundle.points.map((p) => [p.id, p.eTag]));
      // Each new projet opens its act's record in the Actes list (issue 14), followed in the cockpit until exécutoire.
      const acteRecords =
        stage === "preparation"
          ? {
              seance: bundle.seance,
              points: bundle.points,
              actes: (await data.actes.items()).records,
              writeMany: data.actes.writeMany.bind(data.actes),
            }
          : undefined;
      const outcomes = await publishDocuments(documents, data.points, planned, eTags, acteRecords);
      const created = outcomes.filter((o) => o.status === "created").length;
      const kept = outcomes.filter((o) => o.status === "exists").length;
      const failed = outcomes.flatMap((o) => (o.status === "failed" ? [`${o.fileName} : ${o.error.message}`] : []));
      if (failed.length > 0) throw new Error(failed.join(" "));
      return `${created} document(s) créé(s)${kept > 0 ? `, ${kept} déjà présent(s) laissé(s) tel(s) quel(s) (« Régénérer » pour les refaire)` : ""}.`;
    });

  const regenerate = (file: DocumentFile, replaceEdited: boolean) =>
    run(async () => {
      const { regenerateDocument } = await import("@shared/data/drive/publish-documents");
      const stage: Stage =
        file.columns.type === "convocation" || file.columns.type === "projet-deliberation" ? "preparation" : "apres";
      const doc = (await plan(data, seanceId, stage)).find(
        (d) => d.spec.kind === file.columns.type && (d.spec.pointId ?? "") === (file.columns.point ?? ""),
      );
      if (!doc) throw new Error("Ce document ne correspond plus à un point de la séance : il n'est pas régénéré.");
      const outcome = await regenerateDocument(documents, doc, file.id, replaceEdited);
      if (outcome.status === "edited") {
        setConfirm({ file: outcome.file, doc });
        return "Le document a été modifié depuis sa génération.";
      }
      setConfirm(undefined);
      return `« ${outcome.file.name} » régénéré.`;
    });

  return (
    <>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void generate("preparation")}>
          Générer la convocation et les projets de délibération
        </Button>
        <Button disabled={busy || !held} onClick={() => void generate("apres")}>
          Générer la liste des délibérations, le procès-verbal et le feuillet de clôture
        </Button>
      </div>
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {confirm && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {`« ${confirm.file.name} » : le document a été modifié depuis : le remplacer ? `}
            <Button size="small" disabled={busy} onClick={() => void regenerate(confirm.file, true)}>
              Remplacer
            </Button>{" "}
            <Button size="small" appearance="subtle" onClick={() => setConfirm(undefined)}>
              Garder le document modifié
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      <Loading loaded={loaded}>
        {(files) =>
          files.length === 0 ? (
            <Caption1>Aucun document dans le dossier de la séance.</Caption1>
          ) : (
            <ul className={styles.list}>
              {files.map((file) => (
                <FileItem
                  key={file.id}
                  file={file}
                  {...(busy || !file.columns.type ? {} : { onRegenerate: () => void regenerate(file, false) })}
                />
              ))}
            </ul>
          )
        }
      </Loading>
    </>
  );
}
