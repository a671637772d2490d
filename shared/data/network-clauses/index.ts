/** The network's shared clauses (SharePoint lists `clauses` and `clauseVersions`) as clause library versions. */
export { loadNetworkLibrary } from "./load";
export type { NetworkClauseLists, NetworkLibrary } from "./load";
export { networkClauseId, networkClauses } from "./to-clauses";
export { parseNetworkTemplate } from "./template";
export { parsePlacement } from "./categorie";
export { versionStatus } from "./status";
