import { Button, Caption1, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import {
  catalogCategorie,
  catalogIdOf,
  withCatalogValidations,
} from "@shared/data/network-clauses/catalog-validations";
import { CATALOG, clauseStanding, createClauseLibrary } from "@shared/domain/acts/clauses";
import type { Clause } from "@shared/domain/acts/clauses";
import type { ClauseRecord, ClauseValidationRecord } from "../../app/data/ports";
import { canValidateClauses } from "../../common/identity";
import { Section } from "../../common/Section";
import type { Workspace } from "../../common/workspace";
import { useWrite } from "../seance/use-write";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
  },
  text: { whiteSpace: "pre-wrap" },
});

/** Shown at most, so that the tab stays light: the référent narrows with the search. */
const SHOWN = 8;

interface Props {
  readonly ws: Workspace;
  readonly records: readonly ClauseRecord[];
  readonly validations: readonly ClauseValidationRecord[];
}

function CatalogClause({ ws, clause, records }: { ws: Workspace; clause: Clause; records: readonly ClauseRecord[] }) {
  const styles = useStyles();
  const { busy, write } = useWrite();
  const standing = clauseStanding(clause, ws.today);
  const title = `${clause.title} — version ${clause.version}`;
  // The référent's decision is an item of the validations list (only référents create there), under the catalog
  // clause's own item, created at the first validation; who and when are its author and date.
  const validate = async () => {
    let recordId = records.find((r) => catalogIdOf(r.categorie) === clause.id)?.id;
    if (recordId === undefined) {
      const created = await write("clauses", {
        kind: "create",
        draft: { intitule: clause.title, categorie: catalogCategorie(clause.id) },
        clientId: crypto.randomUUID(),
      });
      if (created.status !== "saved" || !created.record) return;
      recordId = created.record.id;
    }
    await write("validationsClauses", {
      kind: "create",
      draft: { titre: title, clause: recordId, version: clause.version, texte: clause.template, decision: "validee" },
      clientId: crypto.randomUUID(),
    });
  };
  return (
    <div className={styles.item}>
      <Text weight="semibold">{title}</Text>
      <Text className={styles.text}>{clause.template}</Text>
      <Caption1>{`${standing.label} — ${standing.provenance}`}</Caption1>
      <Caption1>{`Références : ${clause.references.join(", ")}`}</Caption1>
      {standing.toCheck && (
        <Caption1>{`À vérifier avant toute validation : ${standing.concerns.map((c) => c.message).join(" ")}`}</Caption1>
      )}
      {canValidateClauses(ws.identity) && clause.status === "proposee" && (
        <div>
          <Button
            appearance="primary"
            disabled={busy || standing.toCheck}
            onClick={() => void validate()}
            aria-label={`Valider cette version : ${title}`}
          >
            Valider cette version
          </Button>
        </div>
      )}
    </div>
  );
}

/**
 * The team's built-in clauses, as the référents review them: each version's exact text, its references and what of
 * them is still to check; a référent's « Valider cette version » is what makes it « validée » in every Word pane.
 */
export default function CatalogReview({ ws, records, validations }: Props) {
  const [text, setText] = useState("");
  const library = useMemo(
    () => createClauseLibrary(withCatalogValidations(CATALOG, records, validations).clauses),
    [records, validations],
  );
  const offered = library.list();
  const validated = offered.filter((c) => c.status === "validee").length;
  const found = text.trim() ? library.list({ text }) : [];
  return (
    <Section title={`Clauses de l'équipe à relire (${offered.length - validated} proposées, ${validated} validées)`}>
      <Field label="Chercher une clause de l'équipe">
        <Input
          type="search"
          value={text}
          onChange={(_e, d) => setText(d.value)}
          placeholder="ex. : recours, L2122-22"
        />
      </Field>
      <Caption1 aria-live="polite">
        {found.length > SHOWN
          ? `${found.length} clauses trouvées, les ${SHOWN} premières affichées`
          : `${found.length} clause${found.length > 1 ? "s" : ""} trouvée${found.length > 1 ? "s" : ""}`}
      </Caption1>
      {found.slice(0, SHOWN).map((clause) => (
        <CatalogClause key={`${clause.id}:${clause.version}`} ws={ws} clause={clause} records={records} />
      ))}
    </Section>
  );
}
