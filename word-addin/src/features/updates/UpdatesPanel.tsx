import { Button, Caption1, Card, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { clauseStanding, filledText, renderClauseWithBlanks } from "@shared/domain/acts/clauses";
import type { Clause } from "@shared/domain/acts/clauses";
import type { InsertedClause } from "@shared/ports/act-document";
import { PrefillNote } from "../clauses/ClauseForm";
import { valuesFor } from "../clauses/form-model";
import { RenderedText } from "../clauses/RenderedText";
import { StandingNotice, useActDate } from "../clauses/standing";
import type { Prefill } from "../clauses/use-prefill";
import { usePrefill } from "../clauses/use-prefill";
import { useVariablesForm } from "../clauses/use-variables-form";
import { VariablesForm } from "../clauses/VariablesForm";
import { ActionStatus } from "@shared/ui/components/ActionStatus";
import { useServices } from "../../app/services";
import { useDocumentAction } from "../../app/use-document-action";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  card: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

interface Outdated {
  readonly inserted: InsertedClause;
  readonly newer: Clause;
}

/** One clause to update: the new version re-rendered with the values kept at insertion, editable again. */
function UpdateCard({
  item,
  prefill,
  onUpdated,
}: {
  item: Outdated;
  prefill: Prefill;
  onUpdated: (message: string) => void;
}) {
  const styles = useStyles();
  const { document } = useServices();
  const { newer, inserted } = item;
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
      const message = `« ${newer.title} » mise à jour en version ${newer.version} (${replaced} occurrence${replaced > 1 ? "s" : ""}).`;
      onUpdated(message);
      return message;
    });
  return (
    <Card className={styles.card} aria-label={`Mise à jour : ${newer.title}`}>
      <Subtitle2 as="h3">{newer.title}</Subtitle2>
      <Caption1>{`Version ${inserted.version} dans le document, version ${newer.version} ${standing.provenance}.`}</Caption1>
      <StandingNotice clause={newer} standing={standing} />
      {inserted.values ? (
        <Caption1>Champs repris des valeurs utilisées à l'insertion.</Caption1>
      ) : (
        <PrefillNote prefill={prefill} />
      )}
      <VariablesForm
        variables={newer.variables}
        inputs={form.inputs}
        errors={form.reading.errors}
        missing={form.reading.missing}
        onChange={form.setInput}
      />
      <RenderedText text={text} />
      <Button
        appearance="primary"
        disabled={text === undefined || action.status === "busy"}
        onClick={() => text !== undefined && void update(text)}
      >
        Mettre à jour
      </Button>
      <ActionStatus state={action} busyLabel="Mise à jour…" describeDone={String} />
    </Card>
  );
}

/** Clauses of the document whose offered version in the library (validated, or the team's) is newer than the inserted one. */
export function UpdatesPanel() {
  const styles = useStyles();
  const { document, clauses, reloadNetworkClauses } = useServices();
  const prefill = usePrefill();
  const [outdated, setOutdated] = useState<readonly Outdated[]>();
  const [action, run] = useDocumentAction();
  /** Lists the outdated clauses again; `done` reports the update that led to it, as its card then disappears. */
  const scan = useCallback(
    (done = "") =>
      run(async () => {
        const inserted = await document.listInsertedClauses();
        const byId = new Map<string, Outdated>();
        for (const clause of inserted) {
          const newer = clauses.newerVersion(clause.clauseId, clause.version);
          if (newer && !byId.has(clause.clauseId)) byId.set(clause.clauseId, { inserted: clause, newer });
        }
        setOutdated([...byId.values()]);
        return `${done ? `${done} ` : ""}${inserted.length} clause${inserted.length > 1 ? "s" : ""} de la bibliothèque dans le document, ${byId.size} à mettre à jour.`;
      }),
    [document, clauses, run],
  );
  useEffect(() => void scan(), [scan]);
  return (
    <div className={styles.root}>
      <Button
        onClick={() => {
          // The library that comes back re-runs the scan (it is one of its dependencies).
          reloadNetworkClauses?.();
          void scan();
        }}
        disabled={action.status === "busy"}
      >
        Rechercher les mises à jour
      </Button>
      <ActionStatus state={action} busyLabel="Lecture des clauses du document…" describeDone={String} />
      {outdated && !prefill && <Spinner size="tiny" label="Lecture de l'acte…" />}
      {outdated &&
        prefill &&
        outdated.map((item) => (
          <UpdateCard
            key={item.inserted.clauseId}
            item={item}
            prefill={prefill}
            onUpdated={(message) => void scan(message)}
          />
        ))}
    </div>
  );
}
