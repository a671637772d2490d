import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { DocumentsPort } from "@shared/data/drive/documents-port";
import { Loading } from "@shared/ui/components/Loading/Loading";
import type { SeanceBundle } from "../council-seance";
import { DocumentFileItem } from "./DocumentFileItem";
import { canGenerate, canRegenerate } from "./seance-documents-plan";
import { useSeanceFilesLoad } from "./seance-files";
import { useSeanceDocuments } from "./use-seance-documents";

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

/**
 * The séance's Word documents in the commune's library: generated on request, never over an edited one; the folder
 * is read by the enclosing `SeanceDocumentsProvider`. Every document of the séance is a .docx of that folder.
 */
export function SeanceDocumentsPanel({ bundle, documents }: { bundle: SeanceBundle; documents: DocumentsPort }) {
  const styles = useStyles();
  const loaded = useSeanceFilesLoad();
  const { busy, message, confirm, held, generate, regenerate, keepEdited } = useSeanceDocuments(bundle, documents);
  return (
    <>
      <div className={styles.row}>
        <Button disabled={!canGenerate("preparation", busy, held)} onClick={() => generate("preparation")}>
          Générer la convocation et les projets de délibération
        </Button>
        <Button disabled={!canGenerate("apres", busy, held)} onClick={() => generate("apres")}>
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
            <Button size="small" disabled={busy} onClick={() => regenerate(confirm.file, true)}>
              Remplacer
            </Button>{" "}
            <Button size="small" appearance="subtle" onClick={keepEdited}>
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
                <DocumentFileItem
                  key={file.id}
                  file={file}
                  {...(canRegenerate(file, busy) ? { onRegenerate: () => regenerate(file, false) } : {})}
                />
              ))}
            </ul>
          )
        }
      </Loading>
    </>
  );
}
