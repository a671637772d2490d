import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Clause } from "@shared/domain/acts/clauses";
import { ActionButton } from "./ActionButton";
import { provenance } from "./clause-form";
import { ClauseHeader, ConditionNotices } from "./ClauseNotices";
import { PrefillNote } from "./PrefillNote";
import { FilledForm } from "./FilledForm";
import { StandingNotice } from "./standing";
import type { Prefill } from "./use-prefill";
import { useClauseForm } from "./use-clause-form";

// Kept where the panes imported it from before it had its own file.

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/** A clause's variables, its live preview, and its insertion at the cursor in a tagged content control. */
export function ClauseForm({ clause, prefill }: { clause: Clause; prefill: Prefill }) {
  const styles = useStyles();
  const { form, standing, warnings, notApplicable, rendered, text, action, insert } = useClauseForm(clause, prefill);
  return (
    <section className={styles.root} aria-label={`Clause : ${clause.title}`}>
      <ClauseHeader clause={clause} provenance={provenance(clause, standing)} />
      <StandingNotice clause={clause} standing={standing} />
      <ConditionNotices warnings={warnings} notApplicable={notApplicable} />
      {clause.variables.length > 0 && <PrefillNote prefill={prefill} />}
      <FilledForm variables={clause.variables} form={form} text={text} />
      {rendered && !rendered.ok && <Caption1 role="alert">{rendered.errors.join(" ")}</Caption1>}
      <ActionButton label="Insérer" busyLabel="Insertion…" text={text} action={action} onRun={(t) => void insert(t)} />
    </section>
  );
}
