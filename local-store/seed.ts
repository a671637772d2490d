import {
  actes,
  avis,
  clauses,
  clauseVersions,
  columnDefinitions,
  communes,
  echeances,
  LISTS,
  membres,
  ouvertures,
  points,
  presences,
  questions,
  reponses,
  seances,
  subventions,
  toFields,
  validationsClauses,
} from "@shared/data/schema";
import type { ListDefinition } from "@shared/data/schema";
import { libraryColumnDefinitions } from "@shared/data/drive/library-columns";
import { PUBLICATIONS_LIBRARY } from "@shared/data/auth/permission-policy";
import { ADMIN, entriesOf } from "./caller";
import type { Caller } from "./caller";
import { driveOf, publicationsOf } from "./drive-files";
import type { StoreContext } from "./context";
import * as demo from "./demo-data";
import type { At } from "./demo-data";
import { FaultInjector } from "./faults";
import { route } from "./router";
import { LOCAL_SITE_ID } from "./site";

const ORIGIN = "http://localhost";
const quiet = new FaultInjector();

/** Goes through the store's own routes, so seeding exercises exactly what clients call. */
function call(
  ctx: StoreContext,
  method: string,
  path: string,
  body: unknown,
  caller: Caller = ADMIN,
): { id?: string; value?: unknown } {
  const url = new URL(`/v1.0/sites/${encodeURIComponent(LOCAL_SITE_ID)}${path}`, ORIGIN);
  const answer = route(ctx, { caller, method, url, headers: {}, body }, ORIGIN, quiet);
  if (answer.status >= 300)
    throw new Error(`Amorçage du stockage local : ${method} ${path} → ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as { id?: string };
}

/**
 * Creates every list or column of the schema the store lacks, as `mairie provision` does on a site: a store kept
 * in .data/ from an earlier version of the suite learns the new columns instead of refusing their writes.
 */
export function ensureSchema(ctx: StoreContext): void {
  for (const list of LISTS) {
    const idOf = (key: string) => ctx.state.findList(LISTS.find((l) => l.key === key)?.displayName ?? "")?.id ?? "";
    const wanted = columnDefinitions(list, idOf);
    const existing = ctx.state.findList(list.displayName);
    if (!existing) {
      call(ctx, "POST", "/lists", {
        displayName: list.displayName,
        description: list.description,
        list: { template: "genericList" },
        columns: wanted,
      });
      continue;
    }
    for (const column of wanted.filter((col) => !existing.columns.some((present) => present.name === col.name))) {
      call(ctx, "POST", `/lists/${encodeURIComponent(existing.id)}/columns`, column);
    }
  }
  ensureLibraryColumns(ctx);
  // The « Publications » library, as provisioning creates it on a commune's site.
  if (driveOf(ctx) && !publicationsOf(ctx))
    call(ctx, "POST", "/lists", { displayName: PUBLICATIONS_LIBRARY, list: { template: "documentLibrary" } });
}

/** The document library's columns (séance, point, type, statut), found the way provisioning finds them. */
function ensureLibraryColumns(ctx: StoreContext): void {
  // A bare context (the policy's tests) has no library.
  if (!driveOf(ctx)) return;
  const library = call(ctx, "GET", "/drive/list", undefined);
  const path = `/lists/${encodeURIComponent(library.id ?? "")}/columns`;
  const present = (call(ctx, "GET", path, undefined) as { value?: { name?: string }[] }).value ?? [];
  for (const column of libraryColumnDefinitions().filter((col) => !present.some((p) => p.name === col.name)))
    call(ctx, "POST", path, column);
}

/** Creates every list of the schema, as provisioning would, then the demo communes and their séances. */
export function seedDemo(ctx: StoreContext, now: Date = new Date()): void {
  ensureSchema(ctx);
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 18));
  const at: At = (days) => new Date(day.getTime() + days * 86_400_000).toISOString().replace(".000Z", "Z");
  const items: [ListDefinition, readonly object[]][] = [
    [communes, demo.demoCommunes],
    [membres, demo.demoMembres],
    [seances, demo.demoSeances(at)],
    [points, demo.demoPoints],
    [presences, demo.demoPresences],
    [avis, demo.demoAvis],
    [ouvertures, demo.demoOuvertures(at)],
    [clauses, demo.demoClauses],
    [clauseVersions, demo.demoClauseVersions],
    [validationsClauses, demo.demoValidations],
    [questions, demo.demoQuestions(at)],
    [reponses, demo.demoReponses(at)],
    [echeances, demo.demoEcheances(at)],
    [actes, demo.demoActes(at)],
    [subventions, demo.demoSubventions(at)],
  ];
  for (const [list, drafts] of items) {
    for (const draft of drafts)
      call(
        ctx,
        "POST",
        `/lists/${encodeURIComponent(list.displayName)}/items`,
        { fields: toFields(list, draft) },
        authorOf(ctx, draft),
      );
  }
}

/**
 * Items whose author matters are created by their author, as on SharePoint: an avis by its élu, a validation by
 * the référent; the rest is the owner's.
 */
function authorOf(ctx: StoreContext, draft: object): Caller {
  const email =
    "decision" in draft
      ? demo.DEMO_REFERENT
      : "position" in draft && "membre" in draft
        ? demo.demoMembres[Number(draft.membre) - 1]?.email
        : undefined;
  return email ? { kind: "membre", email, entries: entriesOf(ctx.state, email) } : ADMIN;
}
