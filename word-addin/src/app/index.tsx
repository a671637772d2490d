import { catalogOnly } from "@shared/data/network-clauses/library";
import type { NetworkLibrary } from "@shared/data/network-clauses/library";
import { CATALOG, clauseLibrary } from "@shared/domain/acts/clauses";
import type { DialogSignIn } from "@shared/data/create-data-layer";
import { officeHostContext, officeLoginHint, officeReady } from "@shared/office/office-ready";
import { systemClock } from "@shared/ports/clock";
import { PreviewActDocument } from "@shared/preview/preview-act-document";
import { previewHostContext } from "@shared/preview/preview-host-context";
import { mount, mountFailure } from "@shared/ui/render/mount";
import { wordActDocument } from "../host/word-act-document";
import { readWordSeanceLink } from "../host/word-seance-link";
import {
  dialogSignIn,
  fetchJson,
  loadPreviewDocument,
  loadSeanceThroughDataLayer,
  previewSeanceLink,
} from "./seance-source";
import { SAMPLE_DELIBERATION } from "../host/sample-act";
import { WordApp } from "./WordApp";
import { ServicesProvider } from "./services";
import type { WordServices } from "./services";

/**
 * The network's clauses through the Teams tab's data layer: the embedded store here, the tenant's site in Word.
 * The data layer (Graph client, list schemas) comes in its own chunk, so the pane shows the built-in catalog first;
 * a chunk that cannot be fetched (network down) leaves the pane on that catalog, with its notice.
 */
function networkClauses(
  inWord: boolean,
  dialog: () => Promise<DialogSignIn | undefined>,
): () => Promise<NetworkLibrary> {
  return async () => {
    let modules;
    try {
      modules = await Promise.all([
        import("@shared/data/auth/load-data-config"),
        import("@shared/data/create-data-layer"),
        import("@shared/data/network-clauses/load"),
        dialog(),
      ]);
    } catch {
      return catalogOnly(CATALOG, "module de connexion non chargé, réseau coupé ?");
    }
    const [{ loadDataConfig }, { createDataLayer }, { loadNetworkLibrary }, signIn] = modules;
    const connect = async () =>
      createDataLayer(
        await loadDataConfig(window.location.origin, inWord, fetchJson),
        inWord ? officeLoginHint : undefined,
        signIn,
      );
    return loadNetworkLibrary(connect, CATALOG, systemClock.today());
  };
}

/** Composition root of the Word task pane: the only place that knows whether it runs in Word. */
async function start(): Promise<void> {
  const inWord = (await officeReady(window.location.search)) === "word";
  const dialog = dialogSignIn(inWord);
  const common = {
    clauses: clauseLibrary,
    loadNetworkClauses: networkClauses(inWord, dialog),
    clock: systemClock,
    loadSeance: loadSeanceThroughDataLayer(inWord, dialog),
  };
  let services: WordServices;
  if (inWord) {
    services = {
      host: officeHostContext("word"),
      document: wordActDocument,
      readSeanceLink: readWordSeanceLink,
      ...common,
    };
  } else {
    // A generated document opened from the Teams tab, or the sample act.
    const opened = await loadPreviewDocument(window.location.search);
    const preview = new PreviewActDocument(opened?.text ?? SAMPLE_DELIBERATION);
    const readSeanceLink = opened ? () => Promise.resolve(opened.link) : previewSeanceLink(window.location.search);
    services = { host: previewHostContext("word"), document: preview, preview, readSeanceLink, ...common };
  }
  mount(
    <ServicesProvider services={services}>
      <WordApp />
    </ServicesProvider>,
  );
}

start().catch(mountFailure);
