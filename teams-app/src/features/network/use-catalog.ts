import { useMemo, useState } from "react";
import {
  catalogCategorie,
  catalogIdOf,
  withCatalogValidations,
} from "@shared/data/network-clauses/catalog-validations";
import { CATALOG, createClauseLibrary } from "@shared/domain/acts/clauses";
import type { Clause } from "@shared/domain/acts/clauses";
import type { ClauseRecord, ClauseValidationRecord } from "../../app/data/ports";
import { useWrite } from "../seance/use-write";
import { SHOWN } from "./catalog-search";

/** The team's catalog with the network's validations, and the clauses matching what the référent types. */
export function useCatalogSearch(records: readonly ClauseRecord[], validations: readonly ClauseValidationRecord[]) {
  const [text, setText] = useState("");
  const library = useMemo(
    () => createClauseLibrary(withCatalogValidations(CATALOG, records, validations).clauses),
    [records, validations],
  );
  const offered = library.list();
  const validated = offered.filter((c) => c.status === "validee").length;
  const found = text.trim() ? library.list({ text }) : [];
  return { text, setText, proposed: offered.length - validated, validated, found, shown: found.slice(0, SHOWN) };
}

/**
 * The référent's decision is an item of the validations list (only référents create there), under the catalog
 * clause's own item, created at the first validation; who and when are its author and date.
 */
export function useCatalogValidation(clause: Clause, title: string, records: readonly ClauseRecord[]) {
  const { busy, write } = useWrite();
  const validate = async () => {
    let recordId = records.find((r) => catalogIdOf(r.categorie) === clause.id)?.id;
    if (recordId === undefined) {
      const created = await write("clauses", {
        kind: "create",
        draft: { intitule: clause.title, categorie: catalogCategorie(clause.id) },
        clientId: crypto.randomUUID(),
      });
      if (created.status !== "saved" || !created.record) return;
      recordId = created.record.id;
    }
    await write("validationsClauses", {
      kind: "create",
      draft: { titre: title, clause: recordId, version: clause.version, texte: clause.template, decision: "validee" },
      clientId: crypto.randomUUID(),
    });
  };
  return { busy, validate };
}
