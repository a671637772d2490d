import { useMemo } from "react";
import { renderSkeletonWithBlanks } from "@shared/domain/acts/clauses";
import type { SkeletonPart } from "@shared/domain/acts/clauses";
import { useServices } from "../../app/services";
import { useDocumentAction } from "../../app/use-document-action";
import { variablesOf } from "./form-model";
import { insertions, reviewSkeleton } from "./skeleton";
import { useActDate } from "./standing";
import type { Prefill } from "./use-prefill";
import { useVariablesForm } from "./use-variables-form";

/** One form for every variable of an assembled act, its review, its text, and its insertion at the cursor. */
export function useSkeletonForm(parts: readonly SkeletonPart[], prefill: Prefill) {
  const { document } = useServices();
  const variables = useMemo(() => variablesOf(parts.map((p) => p.clause)), [parts]);
  const form = useVariablesForm(variables, prefill.values);
  const values = { ...prefill.values, ...form.reading.values };
  const date = useActDate(values);
  const review = reviewSkeleton(parts, values, date);
  const rendered =
    form.valid && review.notApplicable === undefined ? renderSkeletonWithBlanks(parts, form.reading.values) : undefined;
  const [action, run] = useDocumentAction();
  const insert = () =>
    run(async () => {
      await document.insertClauses(insertions(parts, form.reading.values));
      return `Acte complet inséré : ${parts.length} clauses, dans l'ordre légal.`;
    });
  return { variables, form, review, text: rendered?.ok ? rendered.text : undefined, action, insert };
}
