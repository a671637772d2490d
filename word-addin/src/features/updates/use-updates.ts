import { useCallback, useEffect, useState } from "react";
import { clauseStanding, filledText, renderClauseWithBlanks } from "@shared/domain/acts/clauses";
import { useServices } from "../../app/services";
import { useDocumentAction } from "../../app/use-document-action";
import { valuesFor } from "../clauses/form-model";
import { useActDate } from "../clauses/standing";
import type { Prefill } from "../clauses/use-prefill";
import { useVariablesForm } from "../clauses/use-variables-form";
import type { Outdated } from "./updates";
import { outdatedClauses, scanMessage, updatedMessage } from "./updates";

/** The outdated clauses of the document, scanned when the pane opens and again on demand or after an update. */
export function useUpdates() {
  const { document, clauses, reloadNetworkClauses } = useServices();
  const [outdated, setOutdated] = useState<readonly Outdated[]>();
  const [action, run] = useDocumentAction();
  /** Lists the outdated clauses again; `done` reports the update that led to it, as its card then disappears. */
  const scan = useCallback(
    (done = "") =>
      run(async () => {
        const inserted = await document.listInsertedClauses();
        const found = outdatedClauses(inserted, (id, version) => clauses.newerVersion(id, version));
        setOutdated(found);
        return scanMessage(done, inserted.length, found.length);
      }),
    [document, clauses, run],
  );
  useEffect(() => void scan(), [scan]);
  const rescan = () => {
    // The library that comes back re-runs the scan (it is one of its dependencies).
    reloadNetworkClauses?.();
    void scan();
  };
  return { outdated, action, scan, rescan };
}

/** A card's form, the new version's standing at the act's date, its text, and the replacement in the document. */
export function useUpdateCard({ newer, inserted }: Outdated, prefill: Prefill, onUpdated: (message: string) => void) {
  const { document } = useServices();
  const form = useVariablesForm(newer.variables, { ...prefill.values, ...inserted.values });
  const standing = clauseStanding(newer, useActDate({ ...prefill.values, ...form.reading.values }));
  const rendered = form.valid ? renderClauseWithBlanks(newer, form.reading.values) : undefined;
  const text = rendered?.ok ? filledText(rendered.parts) : undefined;
  const [action, run] = useDocumentAction();
  const update = (newText: string) =>
    run(async () => {
      const values = valuesFor(newer, form.reading.values);
      const replaced = await document.replaceClause({
        clauseId: newer.id,
        version: newer.version,
        title: newer.title,
        text: newText,
        values,
      });
      const message = updatedMessage(newer, replaced);
      onUpdated(message);
      return message;
    });
  return { form, standing, text, action, update };
}
