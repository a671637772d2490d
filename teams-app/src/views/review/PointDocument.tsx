import { Caption1, Link, Text } from "@fluentui/react-components";
import { createContext, useContext } from "react";
import type { ReactNode } from "react";
import type { DocumentFile } from "@shared/data/drive/documents-port";
import type { PointRecord } from "../../data/ports";
import { safeHttpUrl } from "../../model/safe-url";
import { useServices } from "../../tab/services";
import { useLoad } from "../common/refresh";
import { documentLine } from "../seance/documents/document-labels";

const SeanceFiles = createContext<readonly DocumentFile[]>([]);

/** The files of the séance's folder, read once for all its points (one request). */
export function SeanceDocumentsProvider({ seanceId, children }: { seanceId: string; children: ReactNode }) {
  const { documents } = useServices();
  const loaded = useLoad(async () => (documents ? documents.listSeance(seanceId) : []), [seanceId, documents]);
  return <SeanceFiles.Provider value={loaded.status === "done" ? loaded.value : []}>{children}</SeanceFiles.Provider>;
}

/** The point's projet in the library: what the élu reviews before giving an avis; `fallback` when there is none. */
export function PointDocument({ point, fallback }: { point: PointRecord; fallback: ReactNode }) {
  const file = useContext(SeanceFiles).find(
    (f) => f.columns.point === point.id && f.columns.type === "projet-deliberation",
  );
  const href = safeHttpUrl(file?.webUrl);
  if (!file || !href) return <>{fallback}</>;
  return (
    <div>
      <Text weight="semibold">{file.name.replace(/\.docx$/i, "")}</Text>
      <Caption1>{` — ${documentLine(file)} `}</Caption1>
      <Link href={href} target="_blank" rel="noreferrer">
        Ouvrir dans Word
      </Link>
    </div>
  );
}
