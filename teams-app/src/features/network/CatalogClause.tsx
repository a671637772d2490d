import { Button, Caption1, Text } from "@fluentui/react-components";
import { clauseStanding } from "@shared/domain/acts/clauses";
import type { Clause } from "@shared/domain/acts/clauses";
import type { ClauseRecord } from "../../app/data/ports";
import { canValidateClauses } from "../../common/identity";
import type { Workspace } from "../../common/workspace";
import { useClauseStyles } from "./clause-styles";
import { useCatalogValidation } from "./use-catalog";

/** One version of a catalog clause: its exact text, its references, what is left to check, and « Valider ». */
export function CatalogClause({
  ws,
  clause,
  records,
}: {
  ws: Workspace;
  clause: Clause;
  records: readonly ClauseRecord[];
}) {
  const styles = useClauseStyles();
  const standing = clauseStanding(clause, ws.today);
  const title = `${clause.title} — version ${clause.version}`;
  const { busy, validate } = useCatalogValidation(clause, title, records);
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
