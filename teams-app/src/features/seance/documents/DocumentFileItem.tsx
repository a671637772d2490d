import { Button, Caption1, Link, Text } from "@fluentui/react-components";
import type { DocumentFile } from "@shared/data/drive/documents-port";
import { documentLine } from "./document-labels";
import { useDocumentHref } from "./seance-files";

/** One document of the séance's folder: its name and version, the link to Word, and « Régénérer » when allowed. */
export function DocumentFileItem({ file, onRegenerate }: { file: DocumentFile; onRegenerate?: () => void }) {
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
