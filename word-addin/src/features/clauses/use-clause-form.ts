import { clauseStanding } from "@shared/domain/acts/clauses";
import type { Clause } from "@shared/domain/acts/clauses";
import { useServices } from "../../app/services";
import { useDocumentAction } from "../../app/use-document-action";
import { viewClauseForm } from "./clause-form";
import { valuesFor } from "./form-model";
import { useActDate } from "./standing";
import type { Prefill } from "./use-prefill";
import { useVariablesForm } from "./use-variables-form";

/** A clause's form, its standing at the act's date, what it shows, and its insertion at the cursor. */
export function useClauseForm(clause: Clause, prefill: Prefill) {
  const { document } = useServices();
  const form = useVariablesForm(clause.variables, prefill.values);
  const values = { ...prefill.values, ...form.reading.values };
  const standing = clauseStanding(clause, useActDate(values));
  const view = viewClauseForm(clause, values, form.reading.values, form.valid);
  const [action, run] = useDocumentAction();
  const insert = (inserted: string) =>
    run(async () => {
      const values = valuesFor(clause, form.reading.values);
      await document.insertClauses([
        { clauseId: clause.id, version: clause.version, title: clause.title, text: inserted, values },
      ]);
      return `« ${clause.title} » insérée (version ${clause.version}).`;
    });
  return { form, standing, ...view, action, insert };
}
