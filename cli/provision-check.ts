import { PUBLICATIONS_LIBRARY } from "@shared/data/auth/permission-policy";
import { LIBRARY_DISPLAY_NAME, libraryColumnDefinitions } from "@shared/data/drive/library-columns";
import type { GraphConnection } from "@shared/data/graph/create-graph-client";
import { errorFromResponse } from "@shared/data/graph/errors";
import { send } from "@shared/data/graph/transport";
import { collectPages } from "@shared/data/graph/paging";
import { BUILT_IN_COLUMNS, columnDefinitions, LISTS } from "@shared/data/schema";
import type { ColumnDefinition } from "@shared/data/schema";
import type { SiteKind } from "./provision-permissions";

const FACETS = ["text", "number", "boolean", "dateTime", "choice", "lookup"] as const;

interface SiteColumn {
  readonly name?: string;
  readonly indexed?: boolean;
  readonly enforceUniqueValues?: boolean;
  readonly choice?: { readonly choices?: readonly string[] };
  readonly [facet: string]: unknown;
}

const facetOf = (column: SiteColumn | ColumnDefinition): string | undefined =>
  FACETS.find((facet) => (column as Record<string, unknown>)[facet] !== undefined);

/** What differs between one column as the schema wants it and as the site has it, in French. */
function columnGaps(list: string, wanted: ColumnDefinition, actual: SiteColumn | undefined): string[] {
  const label = `« ${list} » / « ${wanted.displayName} » (${wanted.name})`;
  if (!actual) return [`${label} : colonne absente.`];
  const gaps: string[] = [];
  if (facetOf(actual) !== facetOf(wanted))
    gaps.push(`${label} : type ${facetOf(actual) ?? "inconnu"} au lieu de ${facetOf(wanted) ?? "?"}.`);
  // Every filtered read of the suite goes through an indexed column: without the index SharePoint answers 400.
  if (wanted.indexed && actual.indexed !== true) gaps.push(`${label} : non indexée.`);
  // Exactly-once creates rest on the client id's uniqueness.
  if (wanted.enforceUniqueValues && actual.enforceUniqueValues !== true) gaps.push(`${label} : valeurs non uniques.`);
  const missing = (wanted.choice?.choices ?? []).filter((c) => !(actual.choice?.choices ?? []).includes(c));
  if (missing.length > 0) gaps.push(`${label} : choix manquants (${missing.join(", ")}).`);
  return gaps;
}

/** The document library's columns, as `mairie provision` creates them (docs/documents.md). */
async function auditLibrary(connection: GraphConnection, sitePath: string): Promise<string[]> {
  const answer = await send(connection, { method: "GET", path: `${sitePath}/drive/list?$select=id,displayName` });
  if (answer.status === 404) return [`« ${LIBRARY_DISPLAY_NAME} » : bibliothèque de documents absente du site.`];
  if (answer.status >= 300) throw errorFromResponse(answer.status, answer.body);
  const library = (answer.body ?? {}) as { id?: unknown; displayName?: unknown };
  const label = typeof library.displayName === "string" ? library.displayName : LIBRARY_DISPLAY_NAME;
  const { values } = await collectPages(
    connection,
    `${sitePath}/lists/${encodeURIComponent(String(library.id))}/columns`,
  );
  const byName = new Map((values as SiteColumn[]).map((column) => [column.name, column]));
  return libraryColumnDefinitions().flatMap((wanted) => columnGaps(label, wanted, byName.get(wanted.name)));
}

/**
 * Reads back every list and column of the site, then the libraries (and « Publications » on a commune's site), and says what differs from the schema: a
 * missing list or column, another type, an index or a uniqueness that was not applied, missing choices. Empty when
 * the site conforms.
 */
export async function auditLists(connection: GraphConnection, sitePath: string, kind: SiteKind): Promise<string[]> {
  const { values } = await collectPages(connection, `${sitePath}/lists`);
  const ids = new Map(
    values.map((raw) => {
      const list = raw as { displayName?: unknown; id?: unknown };
      return [String(list.displayName), String(list.id)];
    }),
  );
  const templates = new Map(
    values.map((raw) => {
      const list = raw as { displayName?: unknown; list?: { template?: unknown } };
      return [String(list.displayName), list.list?.template];
    }),
  );
  const gaps: string[] = [];
  for (const list of LISTS) {
    const listId = ids.get(list.displayName);
    if (listId === undefined) {
      gaps.push(`« ${list.displayName} » : liste absente.`);
      continue;
    }
    const { values: columns } = await collectPages(connection, `${sitePath}/lists/${listId}/columns`);
    const byName = new Map((columns as SiteColumn[]).map((column) => [column.name, column]));
    for (const wanted of columnDefinitions(list, (key) => key)) {
      if (BUILT_IN_COLUMNS.has(wanted.name)) continue;
      gaps.push(...columnGaps(list.displayName, wanted, byName.get(wanted.name)));
    }
  }
  gaps.push(...(await auditLibrary(connection, sitePath)));
  if (kind === "commune" && !ids.has(PUBLICATIONS_LIBRARY))
    gaps.push(`« ${PUBLICATIONS_LIBRARY} » : bibliothèque de documents absente (publication électronique des actes).`);
  else if (kind === "commune" && templates.get(PUBLICATIONS_LIBRARY) !== "documentLibrary")
    gaps.push(`« ${PUBLICATIONS_LIBRARY} » : c'est une liste, pas une bibliothèque de documents.`);
  return gaps;
}
