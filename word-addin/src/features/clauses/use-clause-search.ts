import { useMemo, useState } from "react";
import type { Clause } from "@shared/domain/acts/clauses";
import { useServices } from "../../app/services";
import type { ClauseFilters, SearchSuggestion } from "./clause-search";
import { applySuggestion, clauseKey, searchClauses, searchSuggestions, subjectsFor } from "./clause-search";

const NO_FILTER: ClauseFilters = { actType: "", subject: "", kind: "", text: "", showAll: false };

/** The clause pane's state: its filters, what they find in the library, and the clause picked to fill. */
export function useClauseSearch() {
  const { clauses } = useServices();
  const [filters, setFilters] = useState<ClauseFilters>(NO_FILTER);
  const [selected, setSelected] = useState<Clause>();
  const found = useMemo(() => searchClauses(clauses, filters), [clauses, filters]);
  // Only when nothing is found: the suggestions cost a search each.
  const suggestions = useMemo(
    () => (found.length === 0 ? searchSuggestions(clauses, filters) : []),
    [clauses, filters, found.length],
  );
  const isSelected = (clause: Clause) => selected !== undefined && clauseKey(selected) === clauseKey(clause);
  return {
    filters,
    update: setFilters,
    found,
    suggestions,
    suggest: (suggestion: SearchSuggestion) => setFilters((f) => applySuggestion(f, suggestion)),
    subjects: subjectsFor(filters.actType),
    selected,
    setSelected,
    isSelected,
  };
}
