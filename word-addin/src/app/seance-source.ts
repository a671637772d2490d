import type { SeanceFacts } from "@shared/documents/seance-facts";
import type { DialogSignIn } from "@shared/data/create-data-layer";
import { fetchJson } from "@shared/data/auth/fetch-json";
import { officeLoginHint } from "@shared/office/office-ready";
import type { SeanceLink, SeanceLinkReader } from "@shared/ports/seance-link";

/**
 * Office's dialog sign-in, where Office cannot do nested app authentication; undefined outside Word or where NAA
 * works. Its module (and zod, which checks the dialog's messages) comes beside the data layer, after the first view;
 * loaded once, so that the clauses and the séance share one sign-in.
 */
export function dialogSignIn(inWord: boolean): () => Promise<DialogSignIn | undefined> {
  let loaded: Promise<DialogSignIn | undefined> | undefined;
  return () =>
    (loaded ??= inWord
      ? import("@shared/office/office-sign-in").then(({ officeDialogSignIn, loadedOffice }) =>
          officeDialogSignIn(loadedOffice(), window.location.origin),
        )
      : Promise.resolve(undefined));
}

/** A séance's facts through the data layer (its own chunk): the embedded store here, the tenant's site in Word. */
export function loadSeanceThroughDataLayer(
  inWord: boolean,
  dialog: () => Promise<DialogSignIn | undefined>,
): (seanceId: string) => Promise<SeanceFacts> {
  return async (seanceId) => {
    const [{ loadDataConfig }, { createDataLayer }, { loadSeanceFacts }, signIn] = await Promise.all([
      import("@shared/data/auth/load-data-config"),
      import("@shared/data/create-data-layer"),
      import("@shared/data/seance-facts"),
      dialog(),
    ]);
    const repos = await createDataLayer(
      await loadDataConfig(window.location.origin, inWord, fetchJson),
      inWord ? officeLoginHint : undefined,
      signIn,
    );
    return loadSeanceFacts(repos, seanceId);
  };
}

/** In the preview, the simulated document stands for a generated one when the address says so (?seance=&point=). */
export function previewSeanceLink(search: string): SeanceLinkReader {
  const params = new URLSearchParams(search);
  const seanceId = params.get("seance") ?? "";
  const pointId = params.get("point") ?? "";
  const link = /^\d{1,9}$/.test(seanceId) ? { seanceId, ...(/^\d{1,9}$/.test(pointId) ? { pointId } : {}) } : undefined;
  return () => Promise.resolve(link);
}

/** A drive item id as Graph gives them (letters, digits, `!`, `-`, `_`): anything else is not looked up. */
const DRIVE_ITEM_ID = /^[\w!-]{1,128}$/;

/**
 * In the preview, a document of the commune's library opened from the Teams tab (`?document=<id>`): its paragraphs
 * and its séance link (custom properties), read by the suite's own .docx reader, as Word would give them to the
 * pane. Undefined without the parameter. The reader and the library client come in their own chunk.
 */
export async function loadPreviewDocument(
  search: string,
): Promise<{ readonly text: string; readonly link: SeanceLink | undefined } | undefined> {
  const id = new URLSearchParams(search).get("document");
  if (id === null) return undefined;
  if (!DRIVE_ITEM_ID.test(id)) throw new Error("l'adresse nomme un document de la bibliothèque illisible.");
  const [{ loadDataConfig }, { createDataConnection }, { GraphDocuments }, docx, { seanceLinkOf }] = await Promise.all([
    import("@shared/data/auth/load-data-config"),
    import("@shared/data/create-data-layer"),
    import("@shared/data/drive/graph-documents"),
    import("@shared/io/docx"),
    import("@shared/ports/seance-link"),
  ]);
  const { connection, siteId } = await createDataConnection(
    await loadDataConfig(window.location.origin, false, fetchJson),
  );
  const library = new GraphDocuments(connection, siteId);
  const [file, bytes] = await Promise.all([library.get(id), library.download(id)]);
  const [paragraphs, properties] = await Promise.all([
    docx.readDocxParagraphs(bytes, file.name),
    docx.readDocxCustomProperties(bytes, file.name),
  ]);
  return { text: paragraphs.join("\n"), link: seanceLinkOf(properties) };
}
