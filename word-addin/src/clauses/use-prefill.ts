import { useEffect, useState } from "react";
import type { ClauseValues } from "../../../shared/domain/acts/clauses";
import { useServices } from "../taskpane/services";
import { prefillValues } from "./prefill";

export interface Prefill {
  readonly values: ClauseValues;
  /** Variables read from the open act rather than from the example séance. */
  readonly fromDocument: readonly string[];
}

/** Reads the open act once (one round trip) to prefill clause forms with its séance. */
export function usePrefill(): Prefill | undefined {
  const { document } = useServices();
  const [prefill, setPrefill] = useState<Prefill>();
  useEffect(() => {
    let live = true;
    void document
      .readParagraphs()
      .then((paragraphs) => paragraphs.map((p) => p.text).join("\n"))
      .catch(() => "")
      .then((text) => live && setPrefill(prefillValues(text)));
    return () => {
      live = false;
    };
  }, [document]);
  return prefill;
}
