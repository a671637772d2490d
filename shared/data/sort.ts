const collator = new Intl.Collator("fr", { numeric: true, sensitivity: "base" });

type Sortable = string | number | boolean | undefined;

/**
 * Sorts records on the client: Graph does not guarantee `$orderby` on list items. Strings follow French order
 * (accents, numbers inside text), missing values go last.
 */
export function sortBy<R>(records: readonly R[], key: keyof R, direction: "asc" | "desc" = "asc"): R[] {
  const sign = direction === "asc" ? 1 : -1;
  return [...records].sort((a, b) => {
    const x = a[key] as Sortable;
    const y = b[key] as Sortable;
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    if (typeof x === "string" && typeof y === "string") return sign * collator.compare(x, y);
    return sign * (x < y ? -1 : x > y ? 1 : 0);
  });
}
