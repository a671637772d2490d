import { Caption1, Link, Text } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { DocumentFile } from "@shared/data/drive/documents-port";
import type { OuvertureRecord, PointRecord } from "../../app/data/ports";
import { hasOpened, seenVersionOf, versionLabel } from "./document-versions";
import { documentLine } from "../seance/documents/document-labels";
import { useDocumentHref, useSeanceFile } from "../seance/documents/seance-files";
import { useWrite } from "../seance/use-write";

/** The élu who reads, and what they have already opened: each first opening of a version is recorded. */
export interface Reader {
  readonly membreId: string;
  readonly membreNom: string;
  readonly ouvertures: readonly OuvertureRecord[];
}

/** The point's projet in the library, read from the séance's folder (`SeanceDocumentsProvider`). */
export const usePointDocument = (point: PointRecord): DocumentFile | undefined =>
  useSeanceFile("projet-deliberation", point.id);

/**
 * One « ouvert » event per élu, point and version: the unique client id makes a second device's record of the same
 * version the same item, never a second one.
 */
const openingClientId = (pointId: string, membreId: string, cTag: string) =>
  `ouverture:${pointId}:${membreId}:${cTag.replace(/[^\w,{}-]/g, "")}`;

/**
 * The point's projet: what the élu reviews before giving an avis (title, version, last modified, « Ouvrir dans
 * Word »), `fallback` when there is none. An élu's click on « Ouvrir dans Word » records which version they opened.
 */
export function PointDocument({
  point,
  fallback,
  reader,
}: {
  point: PointRecord;
  fallback: ReactNode;
  reader?: Reader;
}) {
  const file = usePointDocument(point);
  const { write } = useWrite();
  const href = useDocumentHref(file);
  if (!file || !href) return <>{fallback}</>;
  const record = () => {
    if (!reader || hasOpened(reader.ouvertures, point.id, reader.membreId, file)) return;
    const seen = seenVersionOf(file);
    void write("ouvertures", {
      kind: "create",
      draft: {
        titre: `${reader.membreNom} — point ${point.numero} — ${versionLabel(seen)}`.slice(0, 255),
        seance: point.seance,
        point: point.id,
        membre: reader.membreId,
        fichier: file.id,
        ...seen,
        ouvertLe: new Date().toISOString(),
      },
      clientId: openingClientId(point.id, reader.membreId, file.cTag),
    });
  };
  return (
    <div>
      <Text weight="semibold">{file.name.replace(/\.docx$/i, "")}</Text>
      <Caption1>{` — ${documentLine(file)} `}</Caption1>
      <Link href={href} target="_blank" rel="noreferrer" onClick={record}>
        Ouvrir dans Word
      </Link>
    </div>
  );
}
