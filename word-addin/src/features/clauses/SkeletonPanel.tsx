import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import {
  SUBJECTS,
  articleLabel,
  clauseStanding,
  filledText,
  isSubject,
  renderClauseWithBlanks,
  renderSkeletonWithBlanks,
  conditionProblems,
} from "@shared/domain/acts/clauses";
import type { ClauseValues, SkeletonPart, Subject } from "@shared/domain/acts/clauses";
import type { ClauseInsertion } from "@shared/ports/act-document";
import { ActionStatus } from "@shared/ui/components/ActionStatus";
import { ACT_TYPE_LABELS } from "../../app/labels";
import { useServices } from "../../app/services";
import { useDocumentAction } from "../../app/use-document-action";
import { PrefillNote } from "./ClauseForm";
import { valuesFor, variablesOf } from "./form-model";
import { RenderedText } from "./RenderedText";
import { useActDate } from "./standing";
import type { Prefill } from "./use-prefill";
import { usePrefill } from "./use-prefill";
import { useVariablesForm } from "./use-variables-form";
import { VariablesForm } from "./VariablesForm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/** Each clause of the act in its own tagged content control, articles numbered as in the assembled text. */
function insertions(parts: readonly SkeletonPart[], values: ClauseValues): ClauseInsertion[] {
  return parts.flatMap(({ clause, article }) => {
    const rendered = renderClauseWithBlanks(clause, values);
    if (!rendered.ok) return [];
    const text = (article === undefined ? "" : articleLabel(article)) + filledText(rendered.parts);
    return [
      { clauseId: clause.id, version: clause.version, title: clause.title, text, values: valuesFor(clause, values) },
    ];
  });
}

function SkeletonForm({ parts, prefill }: { parts: readonly SkeletonPart[]; prefill: Prefill }) {
  const { document } = useServices();
  const variables = useMemo(() => variablesOf(parts.map((p) => p.clause)), [parts]);
  const form = useVariablesForm(variables, prefill.values);
  const values = { ...prefill.values, ...form.reading.values };
  const date = useActDate(values);
  const standings = parts.map(({ clause }) => ({ clause, standing: clauseStanding(clause, date) }));
  const unvalidated = standings.filter(({ standing }) => !standing.validated);
  const toCheck = standings.filter(({ standing }) => standing.toCheck);
  const conditions = parts.flatMap(({ clause }) =>
    conditionProblems(clause, { values }).map((p) => ({ ...p, message: `${clause.title} : ${p.message}` })),
  );
  const notApplicable = conditions.filter((p) => p.blocking).map((p) => p.message);
  const cautions = conditions.filter((p) => !p.blocking).map((p) => p.message);
  const rendered =
    form.valid && notApplicable.length === 0 ? renderSkeletonWithBlanks(parts, form.reading.values) : undefined;
  const [action, run] = useDocumentAction();
  const insert = () =>
    run(async () => {
      await document.insertClauses(insertions(parts, form.reading.values));
      return `Acte complet inséré : ${parts.length} clauses, dans l'ordre légal.`;
    });
  return (
    <>
      <Caption1>{`${parts.length} clauses dans l'ordre légal, dont ${parts.length - unvalidated.length} validées par un référent du réseau ; un seul formulaire pour toutes leurs variables.`}</Caption1>
      {unvalidated.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {`Cet acte assemble ${unvalidated.length} clause${unvalidated.length > 1 ? "s" : ""} non validée${unvalidated.length > 1 ? "s" : ""} par un référent du réseau : faites-les relire avant signature (${unvalidated.map(({ clause, standing }) => `${clause.title} — ${standing.label.toLowerCase()}`).join(" ; ")}).`}
          </MessageBarBody>
        </MessageBar>
      )}
      {toCheck.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{`Références à vérifier : ${[...new Set(toCheck.flatMap(({ standing }) => standing.concerns.map((c) => c.message)))].join(" ")}`}</MessageBarBody>
        </MessageBar>
      )}
      {cautions.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{`À vérifier avant signature : ${cautions.join(" ")}`}</MessageBarBody>
        </MessageBar>
      )}
      {notApplicable.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>{`Clauses qui ne s'appliquent pas ici : ${notApplicable.join(" ")}`}</MessageBarBody>
        </MessageBar>
      )}
      <PrefillNote prefill={prefill} />
      <VariablesForm
        variables={variables}
        inputs={form.inputs}
        errors={form.reading.errors}
        missing={form.reading.missing}
        onChange={form.setInput}
      />
      <RenderedText text={rendered?.ok ? rendered.text : undefined} />
      <Button appearance="primary" disabled={!rendered?.ok || action.status === "busy"} onClick={() => void insert()}>
        Assembler un acte complet
      </Button>
      <ActionStatus state={action} busyLabel="Insertion de l'acte…" describeDone={String} />
    </>
  );
}

/** A complete délibération or arrêté of a chosen subject, inserted at the cursor. */
export function SkeletonPanel() {
  const styles = useStyles();
  const { clauses } = useServices();
  const prefill = usePrefill();
  const [subject, setSubject] = useState<Subject>("tarifs-cantine");
  const parts = useMemo(() => clauses.assembleSkeleton(SUBJECTS[subject].actType, subject), [clauses, subject]);
  const options = Object.keys(SUBJECTS) as Subject[];
  return (
    <div className={styles.root}>
      <Field label="Acte à assembler">
        <Select value={subject} onChange={(_e, data) => isSubject(data.value) && setSubject(data.value)}>
          {(["deliberation", "arrete"] as const).map((actType) => (
            <optgroup key={actType} label={ACT_TYPE_LABELS[actType]}>
              {options
                .filter((s) => SUBJECTS[s].actType === actType)
                .map((s) => (
                  <option key={s} value={s}>
                    {SUBJECTS[s].label}
                  </option>
                ))}
            </optgroup>
          ))}
        </Select>
      </Field>
      {prefill ? (
        <SkeletonForm key={subject} parts={parts} prefill={prefill} />
      ) : (
        <Spinner size="tiny" label="Lecture de l'acte…" />
      )}
    </div>
  );
}
