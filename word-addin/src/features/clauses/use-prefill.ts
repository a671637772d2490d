import { useEffect, useState } from "react";
import type { ClauseValues } from "@shared/domain/acts/clauses";
import { parseAct } from "@shared/domain/acts";
import type { Finding } from "@shared/domain/rules";
import { checkActAgainstSeance } from "@shared/documents/act-vs-seance";
import { useServices } from "../../app/services";
import { prefillFromSeance, prefillValues } from "./prefill";

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
 * séance's records (one data-layer read), to prefill clause forms with what the records say.
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
    void Promise.all([text, link]).then(async ([documentText, seanceLink]) => {
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
