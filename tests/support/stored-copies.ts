import { LocalTokenProvider } from "@shared/data/auth/local-token-provider";
import { createGraphClient } from "@shared/data/graph/create-graph-client";
import { createRepositories } from "@shared/data/graph/repositories";
import type { Repositories } from "@shared/data/graph/repositories";
import type { LocalStore } from "../../local-store";

/** A healthy client straight to the store (no page, no proxy): what SharePoint really holds. */
export const storeRepos = (store: LocalStore): Repositories =>
  createRepositories(
    createGraphClient({ baseUrl: store.graphBaseUrl, tokenProvider: new LocalTokenProvider(store.tokens.admin()) }),
    store.siteId,
  );

type Listed<K extends keyof Repositories> = Awaited<ReturnType<Repositories[K]["items"]>>["records"][number];

/** Client ids held by more than one item: a create stored twice. */
export function duplicatedClientIds(clientIds: readonly (string | undefined)[]): string[] {
  const seen = new Map<string, number>();
  for (const id of clientIds) if (id) seen.set(id, (seen.get(id) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
}

/** How many items of `list` match, after checking that no create of that list was stored twice. */
export async function storedCopies<K extends keyof Repositories>(
  store: LocalStore,
  list: K,
  matches: (record: Listed<K>) => boolean,
): Promise<number> {
  // Indexing the repositories by a generic key widens the records to every list's union; K names the one read.
  const { records } = (await storeRepos(store)[list].items()) as { records: Listed<K>[] };
  const twice = duplicatedClientIds(records.map((r) => (r as { clientId?: string }).clientId));
  if (twice.length > 0) throw new Error(`Éléments en double dans « ${list} » : ${twice.join(", ")}`);
  return records.filter(matches).length;
}
