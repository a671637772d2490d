// First import: zod must be told not to probe for eval before any schema (data layer, sign-in) is built.
import "@shared/ui/render/zod-jitless";
import type { ReactNode } from "react";
import { catalogOnly } from "@shared/data/network-clauses/library";
import type { NetworkLibrary } from "@shared/data/network-clauses/library";
import { CATALOG, clauseLibrary } from "@shared/domain/acts/clauses";
import type { DialogSignIn } from "@shared/data/create-data-layer";
import { officeHostContext, officeLoginHint } from "@shared/office/office-ready";
import type { OfficeHost } from "@shared/office/office-ready";
import { systemClock } from "@shared/ports/clock";
import { PreviewActDocument } from "@shared/preview/preview-act-document";
import { previewHostContext } from "@shared/preview/preview-host-context";
import { wordActDocument } from "../host/word-act-document";
import { readWordSeanceLink } from "../host/word-seance-link";
import { fetchJson } from "@shared/data/auth/fetch-json";
import { dialogSignIn, loadPreviewDocument, loadSeanceThroughDataLayer, previewSeanceLink } from "./seance-source";
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
      // One named chunk: the browser test that cuts the network refuses it by its name.
      modules = await Promise.all([
        import(/* webpackChunkName: "network-clauses" */ "@shared/data/auth/load-data-config"),
        import(/* webpackChunkName: "network-clauses" */ "@shared/data/create-data-layer"),
        import(/* webpackChunkName: "network-clauses" */ "@shared/data/network-clauses/load"),
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

/**
 * Composition root of the Word task pane, the only place that knows whether it runs in Word: the pane behind its
 * frame, in the chunk the page asks for once the frame is painted (index.tsx). `host` is office.js's answer, asked
 * for by the first script.
 */
export async function wordPane(host: Promise<OfficeHost>): Promise<ReactNode> {
  const inWord = (await host) === "word";
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
  return (
    <ServicesProvider services={services}>
      <WordApp />
    </ServicesProvider>
  );
}
