import type { Clause } from "@shared/domain/acts/clauses";
import { obsoleteReferenceFindings } from "@shared/domain/acts/clauses/reference-check";
import type {
  Clause as ClauseRecord,
  ClauseValidation,
  ClauseVersion as ClauseVersionRecord,
  DataProblem,
} from "../schema";
import { parsePlacement } from "./categorie";
import { decisionOn, validationFacts, versionStatus } from "./status";
import { parseNetworkTemplate } from "./template";

/** Network clause ids are `reseau-<item id>`: a slug, so a content control's tag carries it like a catalog id. */
export const networkClauseId = (itemId: string): string => `reseau-${itemId}`;

function problem(itemId: string, message: string): DataProblem {
  return { list: "clauseVersions", itemId, message };
}

/**
 * One version of a network clause in the library's model. A validated version whose text the checker flags (an
 * obsolete or wrong reference, a malformed placeholder) goes back to « proposée » with the reasons in `flags`:
 * it stays visible, with who validated it, but is never offered as validated nor as an update.
 */
function toClause(
  record: ClauseRecord,
  version: ClauseVersionRecord,
  validations: readonly ClauseValidation[],
  today: string,
): Clause {
  const placement = parsePlacement(record.categorie, version.texte);
  const { template, variables, errors } = parseNetworkTemplate(version.texte);
  const base = {
    id: networkClauseId(record.id),
    version: version.version,
    title: record.intitule,
    kind: placement.kind,
    actTypes: placement.actTypes,
    subjects: placement.subjects,
    template,
    variables,
    references: [],
    section: placement.section,
    order: 1000 + (Number(record.id) || 0),
    inSkeleton: false,
    origin: "reseau" as const,
  };
  const findings = obsoleteReferenceFindings(base, today).map((f) => `${f.rule} : ${f.message}`);
  const flags = [...errors, ...findings];
  const status = versionStatus(version, validations);
  const decision = decisionOn(version, validations);
  return {
    ...base,
    status: status === "validee" && flags.length > 0 ? "proposee" : status,
    ...(decision?.decision === "validee" ? validationFacts(decision) : {}),
    ...(flags.length > 0 ? { flags } : {}),
  };
}

export interface NetworkClauses {
  readonly clauses: Clause[];
  readonly problems: DataProblem[];
}

/** Every version of every network clause; a version of no known clause, or with a version number already taken, is a problem. */
export function networkClauses(
  records: readonly ClauseRecord[],
  versions: readonly ClauseVersionRecord[],
  validations: readonly ClauseValidation[],
  today: string,
): NetworkClauses {
  // SharePoint item ids are integers; any other id could not stand in a content control's tag.
  const byId = new Map(records.filter((r) => /^\d+$/.test(r.id)).map((r) => [r.id, r]));
  const seen = new Set<string>();
  const clauses: Clause[] = [];
  const problems: DataProblem[] = [];
  for (const version of [...versions].sort((a, b) => Number(a.id) - Number(b.id))) {
    const record = byId.get(version.clause);
    const key = `${version.clause}:${version.version}`;
    if (!record)
      problems.push(
        problem(version.id, `Versions de clauses, élément ${version.id} : la clause ${version.clause} n'existe pas.`),
      );
    else if (!Number.isInteger(version.version) || version.version < 1)
      problems.push(
        problem(version.id, `Versions de clauses, élément ${version.id} : la version doit être un entier positif.`),
      );
    else if (seen.has(key))
      problems.push(
        problem(
          version.id,
          `Versions de clauses, élément ${version.id} : la version ${version.version} de « ${record.intitule} » existe déjà.`,
        ),
      );
    else {
      seen.add(key);
      clauses.push(toClause(record, version, validations, today));
    }
  }
  for (const record of records) {
    const unknown = parsePlacement(record.categorie, "").unknown;
    if (unknown.length > 0)
      problems.push({
        list: "clauses",
        itemId: record.id,
        message: `Clauses, élément ${record.id} : catégorie inconnue « ${unknown.join(", ")} » (ignorée).`,
      });
  }
  return { clauses, problems };
}
