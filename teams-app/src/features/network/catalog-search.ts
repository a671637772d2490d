/** Shown at most, so that the tab stays light: the référent narrows with the search. */
export const SHOWN = 8;

/** How many catalog clauses the search found, and that only the first ones are shown when there are more. */
export const foundLabel = (count: number): string =>
  count > SHOWN
    ? `${count} clauses trouvées, les ${SHOWN} premières affichées`
    : `${count} clause${count > 1 ? "s" : ""} trouvée${count > 1 ? "s" : ""}`;
