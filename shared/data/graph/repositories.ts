import { LISTS } from "../schema";
import type { AnyList, ListKey } from "../schema";
import type { GraphConnection } from "./create-graph-client";
import { ListRepository } from "./repository";
import type { RepositoryOptions } from "./repository";

export type Repositories = { readonly [K in ListKey]: ListRepository<Extract<AnyList, { key: K }>> };

/** One repository per list of the schema, all on the same site. */
export function createRepositories(
  connection: GraphConnection,
  siteId: string,
  options: RepositoryOptions = {},
): Repositories {
  return Object.fromEntries(
    LISTS.map((list) => [list.key, new ListRepository(connection, siteId, list, options)]),
  ) as unknown as Repositories;
}
