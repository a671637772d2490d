import { useEffect, useState } from "react";
import type { ClauseValues } from "@shared/domain/acts/clauses";
import type { Finding } from "@shared/domain/rules";
import { useServices } from "../../app/services";

export interface Prefill {
  readonly values: ClauseValues;
  /** Variables read from the open act's text (not from a record). */
  readonly fromDocument: readonly string[];
  /** On a generated document: where each value came from (profile, séance, attendance, vote, text). */
  readonly sources?: Readonly<Record<string, string>>;
  /** On a generated document: the séance it belongs to, and what its text contradicts in the records. */
  readonly seance?: { readonly id: string; readonly findings: readonly Finding[] };
}

/**
 * Reads the open act once (one round trip) and, on a generated document, its séance link (one round trip) and the
 * séance's records (one data-layer read), to prefill clause forms with what the records say. The act parser and the
 * comparison with the records come in a chunk of their own, fetched with the act: the list of clauses shows first.
 */
export function usePrefill(): Prefill | undefined {
  const { document, readSeanceLink, loadSeance } = useServices();
  const [prefill, setPrefill] = useState<Prefill>();
  useEffect(() => {
    let live = true;
    const text = document
      .readParagraphs()
      .then((paragraphs) => paragraphs.map((p) => p.text).join("\n"))
      .catch(() => "");
    const link = readSeanceLink ? readSeanceLink().catch(() => undefined) : Promise.resolve(undefined);
    // Refused (the network dropped as the pane started), the forms open with no value rather than never.
    const reading = Promise.all([
      import("./prefill"),
      import("@shared/domain/acts/parse"),
      import("@shared/documents/act-vs-seance"),
    ]).catch(() => undefined);
    void Promise.all([text, link, reading]).then(async ([documentText, seanceLink, modules]) => {
      if (!modules) {
        if (live) setPrefill({ values: {}, fromDocument: [] });
        return;
      }
      const [{ prefillFromSeance, prefillValues }, { parseAct }, { checkActAgainstSeance }] = modules;
      const facts = seanceLink && loadSeance ? await loadSeance(seanceLink.seanceId).catch(() => undefined) : undefined;
      if (!live) return;
      if (!seanceLink || !facts) {
        setPrefill(prefillValues(documentText));
        return;
      }
      const findings = checkActAgainstSeance(parseAct(documentText), facts, seanceLink.pointId);
      setPrefill({
        ...prefillFromSeance(facts, seanceLink.pointId, documentText),
        seance: { id: seanceLink.seanceId, findings },
      });
    });
    return () => {
      live = false;
    };
  }, [document, readSeanceLink, loadSeance]);
  return prefill;
}
