import type { Clause } from "@shared/domain/acts/clauses";
import type { Clause as ClauseRecord, ClauseValidation, DataProblem } from "../schema";
import { newestFirst, validationFacts } from "./status";

/**
 * A référent validates a version of the built-in catalog in the Teams tab: the tab stores an item of `clauses` whose
 * Catégorie is `catalogue:<clause id>`, standing for the catalog clause, and the référent's decision as an item of
 * the validations list under it, carrying the exact text validated. Only référents can create those: the Word pane
 * then calls that version « validée », with who and when (the item's author and date), and only while the catalog's
 * text is still the one the référent read.
 */
const PREFIX = "catalogue:";
const CATALOG_ID = /^catalogue:([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export const catalogCategorie = (clauseId: string): string => `${PREFIX}${clauseId}`;

/** The catalog clause a `clauses` item stands for, if it is one. */
export function catalogIdOf(categorie: string | undefined): string | undefined {
  return CATALOG_ID.exec(categorie?.trim() ?? "")?.[1];
}

export interface CatalogValidations {
  readonly clauses: readonly Clause[];
  readonly problems: readonly DataProblem[];
}

/** The built-in catalog with the référents' decisions read from the network's validations list. */
export function withCatalogValidations(
  builtIn: readonly Clause[],
  records: readonly ClauseRecord[],
  validations: readonly ClauseValidation[],
): CatalogValidations {
  const catalogIds = new Map(
    records.flatMap((r) => {
      const id = catalogIdOf(r.categorie);
      return id ? [[r.id, id] as const] : [];
    }),
  );
  const decisions = new Map<string, ClauseValidation>();
  const problems: DataProblem[] = [];
  for (const decision of [...validations].sort(newestFirst)) {
    const clauseId = catalogIds.get(decision.clause);
    const key = `${clauseId ?? ""}@${decision.version}`;
    if (clauseId === undefined || decisions.has(key)) continue;
    const target = builtIn.find((c) => c.id === clauseId && c.version === decision.version);
    if (target && target.template === decision.texte) decisions.set(key, decision);
    else if (decision.decision === "validee")
      problems.push({
        list: "validationsClauses",
        itemId: decision.id,
        message: `Validations de clauses, élément ${decision.id} : la validation de « ${clauseId} » version ${decision.version} porte sur un texte qui n'est plus celui du catalogue ; elle n'est pas reprise.`,
      });
  }
  const clauses = builtIn.map((clause): Clause => {
    const decision = decisions.get(`${clause.id}@${clause.version}`);
    if (decision?.decision !== "validee" || clause.status !== "proposee") return clause;
    return { ...clause, status: "validee", ...validationFacts(decision) };
  });
  return { clauses, problems };
}
