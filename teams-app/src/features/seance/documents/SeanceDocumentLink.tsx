import { Caption1, Link } from "@fluentui/react-components";
import type { DocumentKind } from "@shared/data/drive/library-columns";
import { DOCUMENT_KIND_LABELS } from "@shared/data/drive/library-columns";
import { documentLine } from "./document-labels";
import { useDocumentHref, useSeanceFile } from "./seance-files";

/** The séance's Word document of that kind, opening in Word; until it is generated, where to generate it. */
export function SeanceDocumentLink({ kind }: { kind: DocumentKind }) {
  const file = useSeanceFile(kind);
  const href = useDocumentHref(file);
  if (!file || !href)
    return (
      <Caption1>{`${DOCUMENT_KIND_LABELS[kind]} (Word) : à générer dans « Documents Word de la séance ».`}</Caption1>
    );
  return (
    <span>
      <Link href={href} target="_blank" rel="noreferrer">
        {`${DOCUMENT_KIND_LABELS[kind]} : ouvrir dans Word`}
      </Link>
      <Caption1>{` — ${documentLine(file)}`}</Caption1>
    </span>
  );
}
