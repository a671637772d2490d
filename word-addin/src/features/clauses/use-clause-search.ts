import { useMemo, useState } from "react";
import type { Clause } from "@shared/domain/acts/clauses";
import { useServices } from "../../app/services";
import type { ClauseFilters } from "./clause-search";
import { clauseKey, searchClauses, subjectsFor } from "./clause-search";

const NO_FILTER: ClauseFilters = { actType: "", subject: "", kind: "", text: "", showAll: false };

/** The clause pane's state: its filters, what they find in the library, and the clause picked to fill. */
export function useClauseSearch() {
  const { clauses } = useServices();
  const [filters, setFilters] = useState<ClauseFilters>(NO_FILTER);
  const [selected, setSelected] = useState<Clause>();
  const found = useMemo(() => searchClauses(clauses, filters), [clauses, filters]);
  const isSelected = (clause: Clause) => selected !== undefined && clauseKey(selected) === clauseKey(clause);
  return {
    filters,
    update: setFilters,
    found,
    subjects: subjectsFor(filters.actType),
    selected,
    setSelected,
    isSelected,
  };
}
