import { columnFor } from "./fields";
import { keyOf } from "./list-index";
import { badRequest, StoreFailure } from "./http";
import type { StoredItem, StoredList } from "./model";

/** One `fields/X eq|ne literal` comparison; a $filter is their conjunction (the subset the suite's client uses). */
export interface Comparison {
  readonly field: string;
  readonly negate: boolean;
  readonly value: string | number | boolean | null;
}

const COMPARISON = /^\s*fields\/([A-Za-z_][\w]*)\s+(eq|ne)\s+('(?:[^']|'')*'|-?\d+(?:\.\d+)?|true|false|null)\s*/i;

function literal(token: string): Comparison["value"] {
  if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
  if (token === "true" || token === "false") return token === "true";
  if (token === "null") return null;
  return Number(token);
}

export function parseFilter(expression: string): Comparison[] {
  const comparisons: Comparison[] = [];
  let rest = expression;
  for (;;) {
    const match = COMPARISON.exec(rest);
    if (!match) throw new StoreFailure(badRequest(`Invalid filter clause: ${expression}`));
    comparisons.push({
      field: match[1] ?? "",
      negate: (match[2] ?? "").toLowerCase() === "ne",
      value: literal(match[3] ?? ""),
    });
    rest = rest.slice(match[0].length);
    if (rest.trim() === "") return comparisons;
    const and = /^and\s+/i.exec(rest);
    if (!and) throw new StoreFailure(badRequest(`Invalid filter clause: ${expression}`));
    rest = rest.slice(and[0].length);
  }
}

const PREFER_NON_INDEXED = "honornonindexedquerieswarningmayfailrandomly";

/**
 * Graph refuses a filter on a column that is not indexed unless the caller accepts the risk with a Prefer header;
 * the store does the same, so the client cannot come to rely on something SharePoint does not promise.
 */
export function checkIndexed(list: StoredList, comparisons: readonly Comparison[], prefer: string | undefined): void {
  if (prefer?.toLowerCase().includes(PREFER_NON_INDEXED)) return;
  for (const { field } of comparisons) {
    const col = columnFor(list, field);
    if (!col) throw new StoreFailure(badRequest(`Field '${field}' is not recognized`));
    if (!col.indexed) {
      throw new StoreFailure(
        badRequest(
          `Field '${field}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
        ),
      );
    }
  }
}

export function matches(item: StoredItem, comparisons: readonly Comparison[]): boolean {
  return comparisons.every(({ field, negate, value }) => {
    const actual = item.fields[field] ?? null;
    // Compared as the index compares them, so that a filter answers the same with or without it.
    const equal = value === null ? actual === null : keyOf(actual) === String(value);
    return negate ? !equal : equal;
  });
}
