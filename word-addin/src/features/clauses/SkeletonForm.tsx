import { Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { SkeletonPart } from "@shared/domain/acts/clauses";
import { ActionButton } from "./ActionButton";
import { PrefillNote } from "./PrefillNote";
import { FilledForm } from "./FilledForm";
import type { Prefill } from "./use-prefill";
import { useSkeletonForm } from "./use-skeleton-form";

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
      <FilledForm variables={variables} form={form} text={text} />
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
