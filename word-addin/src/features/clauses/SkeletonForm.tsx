import { Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { SkeletonPart } from "@shared/domain/acts/clauses";
import { ActionButton } from "./ActionButton";
import { PrefillNote } from "./PrefillNote";
import { RenderedText } from "./RenderedText";
import type { Prefill } from "./use-prefill";
import { useSkeletonForm } from "./use-skeleton-form";
import { VariablesForm } from "./VariablesForm";

function Warning({ text, intent = "warning" }: { text: string | undefined; intent?: "warning" | "error" }) {
  return text === undefined ? null : (
    <MessageBar intent={intent}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

/** One form for every variable of the assembled act, what to check before, and its insertion. */
export function SkeletonForm({ parts, prefill }: { parts: readonly SkeletonPart[]; prefill: Prefill }) {
  const { variables, form, review, text, action, insert } = useSkeletonForm(parts, prefill);
  return (
    <>
      <Caption1>{review.summary}</Caption1>
      <Warning text={review.unvalidated} />
      <Warning text={review.toCheck} />
      <Warning text={review.cautions} />
      <Warning text={review.notApplicable} intent="error" />
      <PrefillNote prefill={prefill} />
      <VariablesForm
        variables={variables}
        inputs={form.inputs}
        errors={form.reading.errors}
        missing={form.reading.missing}
        onChange={form.setInput}
      />
      <RenderedText text={text} />
      <ActionButton
        label="Assembler un acte complet"
        busyLabel="Insertion de l'acte…"
        text={text}
        action={action}
        onRun={() => void insert()}
      />
    </>
  );
}
