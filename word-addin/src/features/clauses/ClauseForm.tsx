import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { SeancePrefillNote } from "./SeancePrefillNote";
import { clauseStanding, conditionProblems, filledText, renderClauseWithBlanks } from "@shared/domain/acts/clauses";
import type { Clause, ClauseStanding } from "@shared/domain/acts/clauses";
import { ActionStatus } from "@shared/ui/components/ActionStatus";
import { KIND_LABELS } from "../../app/labels";
import { useServices } from "../../app/services";
import { useDocumentAction } from "../../app/use-document-action";
import { valuesFor } from "./form-model";
import { RenderedText } from "./RenderedText";
import { StandingNotice, useActDate } from "./standing";
import type { Prefill } from "./use-prefill";
import { useVariablesForm } from "./use-variables-form";
import { VariablesForm } from "./VariablesForm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  meta: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** Where the prefilled values come from, so that the secretary knows what to check. */
export function PrefillNote({ prefill }: { prefill: Prefill }) {
  if (prefill.seance) return <SeancePrefillNote prefill={prefill} seance={prefill.seance} />;
  return (
    <Caption1>
      {prefill.fromDocument.length > 0
        ? "Séance reprise de l'acte ouvert (date, convocation, effectifs, vote) ; les autres champs sont à remplir : un champ laissé vide est inséré vide et surligné, jamais avec un exemple."
        : "Document sans séance liée : les champs sont à remplir ; un champ laissé vide est inséré vide et surligné, jamais avec un exemple."}
    </Caption1>
  );
}

/** Who stands behind this version: a référent who validated it (who, when), or the team or a member who proposed it. */
function provenance(clause: Clause, standing: ClauseStanding): string {
  return clause.origin === "reseau" ? `clause du réseau, ${standing.provenance}` : standing.provenance;
}

/** A clause's variables, its live preview, and its insertion at the cursor in a tagged content control. */
export function ClauseForm({ clause, prefill }: { clause: Clause; prefill: Prefill }) {
  const styles = useStyles();
  const { document } = useServices();
  const form = useVariablesForm(clause.variables, prefill.values);
  const values = { ...prefill.values, ...form.reading.values };
  const standing = clauseStanding(clause, useActDate(values));
  const conditions = conditionProblems(clause, { values });
  const notApplicable = conditions.filter((p) => p.blocking).map((p) => p.message);
  const warnings = conditions.filter((p) => !p.blocking).map((p) => p.message);
  const rendered = form.valid ? renderClauseWithBlanks(clause, form.reading.values) : undefined;
  const text = rendered?.ok && notApplicable.length === 0 ? filledText(rendered.parts) : undefined;
  const [action, run] = useDocumentAction();
  const insert = (inserted: string) =>
    run(async () => {
      const values = valuesFor(clause, form.reading.values);
      await document.insertClauses([
        { clauseId: clause.id, version: clause.version, title: clause.title, text: inserted, values },
      ]);
      return `« ${clause.title} » insérée (version ${clause.version}).`;
    });
  return (
    <section className={styles.root} aria-label={`Clause : ${clause.title}`}>
      <Subtitle1 as="h2">{clause.title}</Subtitle1>
      <span className={styles.meta}>
        <Badge appearance="outline">{KIND_LABELS[clause.kind]}</Badge>
        <Caption1>{`Version ${clause.version} — ${provenance(clause, standing)}`}</Caption1>
      </span>
      {clause.references.length > 0 && <Caption1>{`Références : ${clause.references.join(", ")}`}</Caption1>}
      <StandingNotice clause={clause} standing={standing} />
      {warnings.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{`À vérifier avant signature : ${warnings.join(" ")}`}</MessageBarBody>
        </MessageBar>
      )}
      {notApplicable.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>{`Cette clause ne s'applique pas ici : ${notApplicable.join(" ")}`}</MessageBarBody>
        </MessageBar>
      )}
      {clause.variables.length > 0 && <PrefillNote prefill={prefill} />}
      <VariablesForm
        variables={clause.variables}
        inputs={form.inputs}
        errors={form.reading.errors}
        missing={form.reading.missing}
        onChange={form.setInput}
      />
      <RenderedText text={text} />
      {rendered && !rendered.ok && <Caption1 role="alert">{rendered.errors.join(" ")}</Caption1>}
      <Button
        appearance="primary"
        disabled={text === undefined || action.status === "busy"}
        onClick={() => {
          if (text !== undefined) void insert(text);
        }}
      >
        Insérer
      </Button>
      <ActionStatus state={action} busyLabel="Insertion…" describeDone={String} />
    </section>
  );
}
