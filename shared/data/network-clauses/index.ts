/** The network's shared clauses (SharePoint lists `clauses` and `clauseVersions`) as clause library versions. */
export { loadNetworkLibrary } from "./load";
export type { NetworkClauseLists } from "./load";
export { catalogOnly } from "./library";
export type { NetworkLibrary } from "./library";
export { networkClauseId, networkClauses } from "./to-clauses";
export { parseNetworkTemplate } from "./template";
export { parsePlacement } from "./categorie";
export { decisionOn, versionStatus } from "./status";
export { catalogCategorie, catalogIdOf, withCatalogValidations } from "./catalog-validations";
