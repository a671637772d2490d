import { createContext, useContext } from "react";
import type { ReactNode } from "react";
import type { DocumentFile } from "@shared/data/drive/documents-port";
import type { DocumentKind } from "@shared/data/drive/library-columns";
import { safeHttpUrl } from "../../../common/safe-url";
import { useServices } from "../../../app/services";
import type { AsyncState } from "@shared/ui/hooks/async-state";
import { useLoad } from "@shared/ui/hooks/use-load";

const SeanceFiles = createContext<AsyncState<readonly DocumentFile[]>>({ status: "done", value: [] });

/**
 * The files of the séance's folder, read once for every panel and point that shows one (one request), and read
 * again on each refresh, so that a generation shows up everywhere. No library (no `documents` service): no file.
 */
export function SeanceDocumentsProvider({ seanceId, children }: { seanceId: string; children: ReactNode }) {
  const { documents } = useServices();
  const loaded = useLoad(
    async (): Promise<readonly DocumentFile[]> => (documents ? documents.listSeance(seanceId) : []),
    [seanceId, documents],
  );
  return <SeanceFiles.Provider value={loaded}>{children}</SeanceFiles.Provider>;
}

/** The folder's files as loaded (busy, failed or done), for the panel that lists them. */
export const useSeanceFilesLoad = (): AsyncState<readonly DocumentFile[]> => useContext(SeanceFiles);

/** The file of that kind (and point), once the folder is read. */
export function useSeanceFile(kind: DocumentKind, pointId?: string): DocumentFile | undefined {
  const loaded = useContext(SeanceFiles);
  if (loaded.status !== "done") return undefined;
  return loaded.value.find((f) => f.columns.type === kind && (pointId === undefined || f.columns.point === pointId));
}

/**
 * Where « Ouvrir dans Word » goes: the file's webUrl (Word for the web or the desktop app, as the tenant is set); in
 * the browser preview, whose library has no Word behind it, the Word pane's preview on that very file.
 */
export function useDocumentHref(file: DocumentFile | undefined): string | undefined {
  const { host } = useServices();
  if (!file) return undefined;
  return host.simulates ? `word.html?document=${encodeURIComponent(file.id)}` : safeHttpUrl(file.webUrl);
}
