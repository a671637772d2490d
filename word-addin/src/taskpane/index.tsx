import { clauseLibrary } from "../../../shared/domain/acts/clauses";
import { officeHostContext, officeReady } from "../../../shared/office/office-ready";
import { systemClock } from "../../../shared/ports/clock";
import { PreviewActDocument } from "../../../shared/preview/preview-act-document";
import { previewHostContext } from "../../../shared/preview/preview-host-context";
import { mount, mountFailure } from "../../../shared/ui/render/mount";
import { wordActDocument } from "../office/word-act-document";
import { WordApp } from "./WordApp";
import { SAMPLE_DELIBERATION } from "./sample-act";
import { ServicesProvider } from "./services";
import type { WordServices } from "./services";

/** Composition root of the Word task pane: the only place that knows whether it runs in Word. */
async function start(): Promise<void> {
  const inWord = (await officeReady(window.location.search)) === "word";
  let services: WordServices;
  if (inWord) {
    services = { host: officeHostContext("word"), document: wordActDocument, clauses: clauseLibrary, clock: systemClock };
  } else {
    const preview = new PreviewActDocument(SAMPLE_DELIBERATION);
    services = { host: previewHostContext("word"), document: preview, preview, clauses: clauseLibrary, clock: systemClock };
  }
  mount(
    <ServicesProvider services={services}>
      <WordApp />
    </ServicesProvider>,
  );
}

start().catch(mountFailure);
