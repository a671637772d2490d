import { Badge, Caption1, MessageBar, MessageBarBody, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import type { Clause } from "@shared/domain/acts/clauses";
import { KIND_LABELS } from "../../app/labels";

const useStyles = makeStyles({
  meta: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** The clause's title, kind, version with who stands behind it, and legal references. */
export function ClauseHeader({ clause, provenance }: { clause: Clause; provenance: string }) {
  const styles = useStyles();
  return (
    <>
      <Subtitle1 as="h2">{clause.title}</Subtitle1>
      <span className={styles.meta}>
        <Badge appearance="outline">{KIND_LABELS[clause.kind]}</Badge>
        <Caption1>{`Version ${clause.version} — ${provenance}`}</Caption1>
      </span>
      {clause.references.length > 0 && <Caption1>{`Références : ${clause.references.join(", ")}`}</Caption1>}
    </>
  );
}

/** The conditions of use not met: what to check before signing, and why the clause does not apply here. */
export function ConditionNotices({
  warnings,
  notApplicable,
}: {
  warnings: readonly string[];
  notApplicable: readonly string[];
}) {
  return (
    <>
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
    </>
  );
}
