import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useAfterFirstView } from "@shared/ui/hooks/use-after-first-view";
import { ClauseFilters } from "./ClauseFilters";
import { ClauseForm } from "./ClauseForm";
import { ClauseList } from "./ClauseList";
import { clauseKey } from "./clause-search";
import { SearchSuggestions } from "./SearchSuggestions";
import { useActDate } from "./standing";
import { useClauseSearch } from "./use-clause-search";
import { usePrefill } from "./use-prefill";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/** Search the library by act type, subject, kind and text; pick a clause to fill and insert it. */
export function ClausesPanel() {
  const styles = useStyles();
  const prefill = usePrefill();
  const { filters, update, found, suggestions, suggest, subjects, selected, setSelected, isSelected } =
    useClauseSearch();
  const date = useActDate(prefill?.values);
  // The whole catalog, a button and badges a clause, is drawn one pass after the search box and the filters.
  const listShown = useAfterFirstView();
  return (
    <div className={styles.root}>
      <ClauseFilters filters={filters} subjects={subjects} update={update} />
      {listShown ? (
        <>
          <ClauseList found={found} date={date} isSelected={isSelected} onSelect={setSelected} />
          <SearchSuggestions suggestions={suggestions} onPick={suggest} />
        </>
      ) : (
        <Spinner size="tiny" label="Chargement des clauses…" />
      )}
      {selected &&
        (prefill ? (
          <ClauseForm key={clauseKey(selected)} clause={selected} prefill={prefill} />
        ) : (
          <Spinner size="tiny" label="Lecture de l'acte…" />
        ))}
    </div>
  );
}
