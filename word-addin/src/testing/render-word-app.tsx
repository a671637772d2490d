import { act, render } from "@testing-library/react";
import { clauseLibrary } from "@shared/domain/acts/clauses";
import { PreviewActDocument } from "@shared/preview/preview-act-document";
import { previewHostContext } from "@shared/preview/preview-host-context";
import { SAMPLE_DELIBERATION } from "../host/sample-act";
import { ServicesProvider } from "../app/services";
import type { WordServices } from "../app/services";
import { WordApp } from "../app/WordApp";

/**
 * The task pane on the simulated document, as the browser preview composes it, with a fixed date; resolves once
 * the pane has read the document (the forms' prefill).
 */
export async function renderWordApp(
  text = SAMPLE_DELIBERATION,
  extra: Pick<WordServices, "loadNetworkClauses" | "readSeanceLink" | "loadSeance"> = {},
) {
  const preview = new PreviewActDocument(text);
  const services = {
    host: previewHostContext("word"),
    document: preview,
    preview,
    clauses: clauseLibrary,
    clock: { today: () => "2025-10-01" },
    ...extra,
  };
  const view = render(
    <ServicesProvider services={services}>
      <WordApp />
    </ServicesProvider>,
  );
  await act(async () => undefined);
  return { preview, ...view };
}
