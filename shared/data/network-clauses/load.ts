import { createClauseLibrary } from "@shared/domain/acts/clauses";
import type { Clause } from "@shared/domain/acts/clauses";
import { ConfigError } from "../auth/config";
import { SignInError } from "../auth/dialog-messages";
import { DataError } from "../graph/errors";
import type { ParseResult, clauses, clauseVersions, RecordOf, validationsClauses } from "../schema";
import { catalogOnly } from "./library";
import type { NetworkLibrary } from "./library";
import { catalogIdOf, withCatalogValidations } from "./catalog-validations";
import { formerValidations } from "./status";
import { networkClauses } from "./to-clauses";

/** What the loader needs of the data layer: the paged, schema-parsing reads of the two lists (Repositories has them). */
export interface NetworkClauseLists {
  readonly clauses: { items(): Promise<ParseResult<RecordOf<typeof clauses>>> };
  readonly clauseVersions: { items(): Promise<ParseResult<RecordOf<typeof clauseVersions>>> };
  readonly validationsClauses: { items(): Promise<ParseResult<RecordOf<typeof validationsClauses>>> };
}

function reasonOf(error: unknown): string {
  if (error instanceof ConfigError || error instanceof SignInError) return error.message.replace(/\.$/, "");
  if (!(error instanceof DataError)) return "connexion au service impossible";
  if (error.status === 0) return "serveur injoignable";
  if (error.status === 401 || error.status === 403) return "accès refusé";
  if (error.status === 404) return "listes introuvables sur le site";
  return `réponse ${error.status} du service`;
}

/**
 * Reads the network's `clauses`, `clauseVersions` and validations lists and merges them with the built-in catalog, whose versions
 * a référent validated there become « validées » (see catalog-validations). A failure to
 * reach them (configuration, sign-in, network, refusal) never blocks the pane: the catalog alone is returned, with
 * a French notice.
 */
export async function loadNetworkLibrary(
  connect: () => Promise<NetworkClauseLists>,
  builtIn: readonly Clause[],
  today: string,
): Promise<NetworkLibrary> {
  try {
    const lists = await connect();
    const [records, versions, validations] = await Promise.all([
      lists.clauses.items(),
      lists.clauseVersions.items(),
      lists.validationsClauses.items(),
    ]);
    // Items recording a référent's validation of a catalog clause are not network clauses of their own.
    const catalogRecords = new Set(records.records.filter((r) => catalogIdOf(r.categorie)).map((r) => r.id));
    const catalog = withCatalogValidations(builtIn, records.records, validations.records);
    const network = networkClauses(
      records.records.filter((r) => !catalogRecords.has(r.id)),
      versions.records.filter((v) => !catalogRecords.has(v.clause)),
      validations.records,
      today,
    );
    return {
      library: createClauseLibrary([...catalog.clauses, ...network.clauses]),
      networkVersions: network.clauses.length,
      problems: [
        ...records.problems,
        ...versions.problems,
        ...validations.problems,
        ...catalog.problems,
        ...network.problems,
        ...formerValidations(versions.records, validations.records),
      ],
    };
  } catch (error) {
    return catalogOnly(builtIn, reasonOf(error));
  }
}
