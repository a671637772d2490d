import { Caption1, Field, Input } from "@fluentui/react-components";
import type { ClauseRecord, ClauseValidationRecord } from "../../app/data/ports";
import { Section } from "../../common/Section";
import type { Workspace } from "../../common/workspace";
import { CatalogClause } from "./CatalogClause";
import { foundLabel } from "./catalog-search";
import { useCatalogSearch } from "./use-catalog";

interface Props {
  readonly ws: Workspace;
  readonly records: readonly ClauseRecord[];
  readonly validations: readonly ClauseValidationRecord[];
}

/**
 * The team's built-in clauses, as the référents review them: each version's exact text, its references and what of
 * them is still to check; a référent's « Valider cette version » is what makes it « validée » in every Word pane.
 */
export default function CatalogReview({ ws, records, validations }: Props) {
  const { text, setText, proposed, validated, found, shown } = useCatalogSearch(records, validations);
  return (
    <Section title={`Clauses de l'équipe à relire (${proposed} proposées, ${validated} validées)`}>
      <Field label="Chercher une clause de l'équipe">
        <Input
          type="search"
          value={text}
          onChange={(_e, d) => setText(d.value)}
          placeholder="ex. : recours, L2122-22"
        />
      </Field>
      <Caption1 aria-live="polite">{foundLabel(found.length)}</Caption1>
      {shown.map((clause) => (
        <CatalogClause key={`${clause.id}:${clause.version}`} ws={ws} clause={clause} records={records} />
      ))}
    </Section>
  );
}
