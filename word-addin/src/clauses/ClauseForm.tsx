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
import { formatDateLong, renderClause } from "../../../shared/domain/acts/clauses";
import type { Clause } from "../../../shared/domain/acts/clauses";
import { ActionStatus } from "../../../shared/ui/components/ActionStatus";
import { KIND_LABELS, STATUS_LABELS } from "../taskpane/labels";
import { useServices } from "../taskpane/services";
import { useDocumentAction } from "../taskpane/use-document-action";
import { valuesFor } from "./form-model";
import { RenderedText } from "./RenderedText";
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
        ? "Séance reprise de l'acte ouvert (date, convocation, effectifs, vote) ; les autres champs reprennent un exemple : vérifiez-les."
        : "Champs préremplis avec un exemple : vérifiez-les avant d'insérer."}
    </Caption1>
  );
}

/** A built-in clause cites its references; a network clause says who validated it, as its text carries the references. */
function provenance(clause: Clause): string {
  if (clause.origin !== "reseau") return clause.references.join(", ");
  const validation = clause.validatedAt
    ? `, validée le ${formatDateLong(clause.validatedAt)} par ${clause.validatedBy ?? "un référent"}`
    : "";
  return `clause du réseau${validation}`;
}

/** A clause's variables, its live preview, and its insertion at the cursor in a tagged content control. */
export function ClauseForm({ clause, prefill }: { clause: Clause; prefill: Prefill }) {
  const styles = useStyles();
  const { document } = useServices();
  const form = useVariablesForm(clause.variables, prefill.values);
  const rendered = form.valid ? renderClause(clause, form.reading.values) : undefined;
  const text = rendered?.ok ? rendered.text : undefined;
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
        <Caption1>{`Version ${clause.version} — ${provenance(clause)}`}</Caption1>
      </span>
      {clause.flags && clause.flags.length > 0 ? (
        <MessageBar intent="error">
          <MessageBarBody>{`Clause à revoir, non proposée comme validée : ${clause.flags.join(" ")}`}</MessageBarBody>
        </MessageBar>
      ) : (
        clause.status !== "validee" && (
          <MessageBar intent="warning">
            <MessageBarBody>{`Clause ${STATUS_LABELS[clause.status].toLowerCase()}, non validée : à faire relire avant usage.`}</MessageBarBody>
          </MessageBar>
        )
      )}
      {clause.variables.length > 0 && <PrefillNote prefill={prefill} />}
      <VariablesForm
        variables={clause.variables}
        inputs={form.inputs}
        errors={form.reading.errors}
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
