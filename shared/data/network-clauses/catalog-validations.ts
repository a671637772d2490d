import type { Clause } from "@shared/domain/acts/clauses";
import type { Clause as ClauseRecord, ClauseVersion as ClauseVersionRecord, DataProblem } from "../schema";
import { versionStatus } from "./status";

/**
 * A référent validates a version of the built-in catalog in the Teams tab: the tab stores it in the network's own
 * lists, an item of `clauses` whose Catégorie is `catalogue:<clause id>` and, under it, one `clauseVersions` item per
 * validated version, carrying the exact text validated. The Word pane then calls that version « validée », with who
 * and when, and only while the catalog's text is still the one the référent read.
 */
const PREFIX = "catalogue:";
const CATALOG_ID = /^catalogue:([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export const catalogCategorie = (clauseId: string): string => `${PREFIX}${clauseId}`;

/** The catalog clause a `clauses` item records the validations of, if it is one. */
export function catalogIdOf(categorie: string | undefined): string | undefined {
  return CATALOG_ID.exec(categorie?.trim() ?? "")?.[1];
}

export interface CatalogValidations {
  readonly clauses: readonly Clause[];
  readonly problems: readonly DataProblem[];
}

/** The built-in catalog with the référents' validations read from the network's lists. */
export function withCatalogValidations(
  builtIn: readonly Clause[],
  records: readonly ClauseRecord[],
  versions: readonly ClauseVersionRecord[],
): CatalogValidations {
  const catalogIds = new Map(
    records.flatMap((r) => {
      const id = catalogIdOf(r.categorie);
      return id ? [[r.id, id] as const] : [];
    }),
  );
  const validations = new Map<string, ClauseVersionRecord>();
  const problems: DataProblem[] = [];
  for (const version of versions) {
    const clauseId = catalogIds.get(version.clause);
    if (clauseId === undefined || versionStatus(version) !== "validee" || !version.valideeLe) continue;
    const target = builtIn.find((c) => c.id === clauseId && c.version === version.version);
    if (target && target.template === version.texte) validations.set(`${clauseId}@${version.version}`, version);
    else
      problems.push({
        list: "clauseVersions",
        itemId: version.id,
        message: `Versions de clauses, élément ${version.id} : la validation de « ${clauseId} » version ${version.version} porte sur un texte qui n'est plus celui du catalogue ; elle n'est pas reprise.`,
      });
  }
  const clauses = builtIn.map((clause): Clause => {
    const validation = validations.get(`${clause.id}@${clause.version}`);
    if (!validation?.valideeLe || clause.status !== "proposee") return clause;
    return {
      ...clause,
      status: "validee",
      validatedAt: validation.valideeLe.slice(0, 10),
      validatedBy: validation.valideePar ?? "un référent du réseau",
    };
  });
  return { clauses, problems };
}
