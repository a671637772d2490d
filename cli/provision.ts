import { LocalTokenProvider } from "@shared/data/auth/local-token-provider";
import type { TokenProvider } from "@shared/data/auth/token-provider";
import { isSafeOrigin } from "@shared/data/graph/auth-middleware";
import { createGraphClient } from "@shared/data/graph/create-graph-client";
import type { GraphConnection } from "@shared/data/graph/create-graph-client";
import { DataError, errorFromResponse } from "@shared/data/graph/errors";
import { collectPages } from "@shared/data/graph/paging";
import { auditLists } from "./provision-check";
import { applyPermissions, auditPermissions, sharePointRest } from "./provision-permissions";
import type { SiteKind } from "./provision-permissions";
import { loadOrCreateSecret, localTokens, secretExists } from "@local-store/local-tokens";
import { send } from "@shared/data/graph/transport";
import { LIBRARY_DISPLAY_NAME, libraryColumnDefinitions } from "@shared/data/drive/library-columns";
import { PUBLICATIONS_LIBRARY } from "@shared/data/auth/permission-policy";
import { BUILT_IN_COLUMNS, columnDefinitions, LISTS } from "@shared/data/schema";
import type { ColumnDefinition, ListDefinition } from "@shared/data/schema";

export interface ProvisionIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export interface ProvisionDeps {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly fetch?: typeof fetch;
}

interface Args {
  readonly site: string;
  readonly dryRun: boolean;
  readonly check: boolean;
  readonly permissions: boolean;
  readonly kind: SiteKind;
  readonly graph: string;
}

const USAGE =
  "Usage : mairie provision --site https://contoso.sharepoint.com/sites/mairie [--reseau] [--dry-run | --check | --permissions] [--graph URL]";
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

class UsageError extends Error {}

function parse(argv: readonly string[], env: ProvisionDeps["env"]): Args {
  const args = argv[0] === "provision" ? argv.slice(1) : [...argv];
  let site: string | undefined;
  let graph = env?.MAIRIE_GRAPH_URL ?? "https://graph.microsoft.com/v1.0";
  let dryRun = false;
  let check = false;
  let permissions = false;
  let kind: SiteKind = "commune";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--dry-run") dryRun = true;
    else if (arg === "--check") check = true;
    else if (arg === "--permissions") permissions = true;
    else if (arg === "--reseau") kind = "network";
    else if (arg === "--site" || arg === "--graph") {
      const value = args[++i];
      if (!value) throw new UsageError(`${arg} attend une adresse. ${USAGE}`);
      if (arg === "--site") site = value;
      else graph = value;
    } else throw new UsageError(`Option inconnue : ${arg}. ${USAGE}`);
  }
  if (!site) throw new UsageError(`--site est obligatoire. ${USAGE}`);
  return { site, dryRun, check, permissions, kind, graph };
}

/** The site reference Graph accepts for a SharePoint URL: `{hostname}:{server-relative-path}`. */
function siteReference(siteUrl: string): string {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new UsageError(`Adresse de site illisible : ${siteUrl}. ${USAGE}`);
  }
  const path = url.pathname.replace(/\/+$/, "");
  return path ? `${url.hostname}:${path}` : url.hostname;
}

function tokenProvider(graph: string, env: ProvisionDeps["env"]): TokenProvider {
  const token = env?.MAIRIE_GRAPH_TOKEN;
  if (token) return { getToken: () => Promise.resolve(token) };
  if (LOOPBACK.has(new URL(graph).hostname)) {
    // The embedded store on this machine: its owner's token, signed with the secret of its data folder.
    const dataDir = env?.MAIRIE_DATA_DIR ?? ".data";
    if (!secretExists(dataDir))
      throw new UsageError(
        `Aucun stockage local dans ${dataDir} : lancez « npm start » une fois, ou indiquez son dossier par MAIRIE_DATA_DIR.`,
      );
    return new LocalTokenProvider(localTokens(loadOrCreateSecret(dataDir)).admin());
  }
  throw new UsageError(
    "Aucun jeton Graph : définissez MAIRIE_GRAPH_TOKEN (par exemple avec « az account get-access-token --resource-type ms-graph »), avec la permission Sites.Manage.All.",
  );
}

async function call(
  connection: GraphConnection,
  method: "GET" | "POST",
  path: string,
  body?: unknown,
): Promise<Record<string, unknown>> {
  const answer = await send(connection, { method, path, ...(body === undefined ? {} : { body }) });
  if (answer.status >= 300) throw errorFromResponse(answer.status, answer.body);
  return (answer.body ?? {}) as Record<string, unknown>;
}

interface Plan {
  lists: number;
  columns: number;
}

async function provisionList(
  connection: GraphConnection,
  sitePath: string,
  list: ListDefinition,
  existing: Map<string, string>,
  args: Args,
  io: ProvisionIo,
  plan: Plan,
): Promise<void> {
  const idOf = (key: string) =>
    existing.get(LISTS.find((l) => l.key === key)?.displayName ?? "") ?? `(liste ${key} à créer)`;
  const wanted = columnDefinitions(list, idOf);
  const listId = existing.get(list.displayName);
  if (listId === undefined) {
    plan.lists += 1;
    if (args.dryRun) {
      io.out(`Liste « ${list.displayName} » à créer (${wanted.length} colonnes).`);
      return;
    }
    const created = await call(connection, "POST", `${sitePath}/lists`, {
      displayName: list.displayName,
      description: list.description,
      columns: wanted,
      list: { template: "genericList" },
    });
    existing.set(list.displayName, String(created.id));
    io.out(`Liste « ${list.displayName} » créée (${wanted.length} colonnes).`);
    return;
  }
  const { values } = await collectPages(connection, `${sitePath}/lists/${listId}/columns`);
  const present = new Set(values.map((col) => (col as { name?: unknown }).name));
  for (const column of wanted.filter(
    (col: ColumnDefinition) => !present.has(col.name) && !BUILT_IN_COLUMNS.has(col.name),
  )) {
    plan.columns += 1;
    if (args.dryRun) {
      io.out(`Colonne « ${column.displayName} » à ajouter à « ${list.displayName} ».`);
      continue;
    }
    await call(connection, "POST", `${sitePath}/lists/${listId}/columns`, column);
    io.out(`Colonne « ${column.displayName} » ajoutée à « ${list.displayName} ».`);
  }
}

/**
 * The columns of the site's document library (séance, point, type de document, statut, empreinte): the library is
 * the site's default drive, whose list Graph gives by `GET /sites/{id}/drive/list`.
 */
async function provisionLibrary(
  connection: GraphConnection,
  sitePath: string,
  args: Args,
  io: ProvisionIo,
  plan: Plan,
): Promise<void> {
  const library = await call(connection, "GET", `${sitePath}/drive/list?$select=id,displayName`);
  const listPath = `${sitePath}/lists/${encodeURIComponent(String(library.id))}/columns`;
  const label = typeof library.displayName === "string" ? library.displayName : LIBRARY_DISPLAY_NAME;
  const { values } = await collectPages(connection, listPath);
  const present = new Set(values.map((col) => (col as { name?: unknown }).name));
  for (const column of libraryColumnDefinitions().filter((col) => !present.has(col.name))) {
    plan.columns += 1;
    if (args.dryRun) {
      io.out(`Colonne « ${column.displayName} » à ajouter à la bibliothèque « ${label} ».`);
      continue;
    }
    await call(connection, "POST", listPath, column);
    io.out(`Colonne « ${column.displayName} » ajoutée à la bibliothèque « ${label} ».`);
  }
}

/**
 * A commune's « Publications » library (publication électronique, L2131-1): a document library of its own, so that
 * its permissions (secretariat edits, every group reads) are not the séance documents' ones.
 */
async function provisionPublications(
  connection: GraphConnection,
  sitePath: string,
  existing: ReadonlyMap<string, string>,
  args: Args,
  io: ProvisionIo,
  plan: Plan,
): Promise<void> {
  if (existing.has(PUBLICATIONS_LIBRARY)) return;
  plan.lists += 1;
  if (args.dryRun) {
    io.out(`Bibliothèque « ${PUBLICATIONS_LIBRARY} » à créer.`);
    return;
  }
  await call(connection, "POST", `${sitePath}/lists`, {
    displayName: PUBLICATIONS_LIBRARY,
    description: "Pages de publication des actes (publication électronique, article L2131-1 du CGCT).",
    list: { template: "documentLibrary" },
  });
  io.out(`Bibliothèque « ${PUBLICATIONS_LIBRARY} » créée.`);
}

const siteName = (site: Record<string, unknown>, fallback: string): string =>
  [site.displayName, site.webUrl].find((v): v is string => typeof v === "string") ?? fallback;

/** Prints the audit: « conforme » (0), or each difference and what to do (1). */
function report(gaps: readonly string[], io: ProvisionIo): number {
  if (gaps.length === 0) {
    io.out("Vérification : conforme.");
    return 0;
  }
  for (const gap of gaps) io.out(`Écart : ${gap}`);
  io.out(
    `Vérification : ${gaps.length} écart(s). Exécutez \`mairie provision\` puis, s'ils restent, corrigez-les dans SharePoint.`,
  );
  return 1;
}

/** `mairie provision`: creates the suite's lists and any missing column on a site; running it twice changes nothing. */
export async function runProvision(
  argv: readonly string[],
  io: ProvisionIo,
  deps: ProvisionDeps = {},
): Promise<number> {
  const env = deps.env ?? process.env;
  try {
    const args = parse(argv, env);
    if (!isSafeOrigin(args.graph)) throw new UsageError(`L'adresse de Graph doit être en https : ${args.graph}.`);
    const connection = createGraphClient({
      baseUrl: args.graph,
      tokenProvider: tokenProvider(args.graph, env),
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
    });
    const site = await call(connection, "GET", `/sites/${siteReference(args.site)}`).catch((error: unknown) => {
      throw error instanceof DataError && error.status === 404
        ? new UsageError(`Site introuvable : ${args.site}.`)
        : error;
    });
    const sitePath = `/sites/${encodeURIComponent(String(site.id))}`;
    io.out(`Site : ${siteName(site, args.site)}${args.dryRun ? " (simulation, rien ne sera modifié)" : ""}.`);
    // Permissions are SharePoint's own (REST), reached with a SharePoint token: a Graph token is refused there.
    const spToken = env.MAIRIE_SHAREPOINT_TOKEN;
    const rest = spToken ? sharePointRest(args.site, spToken, deps.fetch) : undefined;
    if (args.check) {
      const gaps = await auditLists(connection, sitePath, args.kind);
      if (rest) gaps.push(...(await auditPermissions(rest, args.kind)));
      else io.out("Permissions non relues : définissez MAIRIE_SHAREPOINT_TOKEN pour les vérifier aussi.");
      return report(gaps, io);
    }
    if (args.permissions) {
      if (!rest)
        throw new UsageError("--permissions demande MAIRIE_SHAREPOINT_TOKEN (un jeton de SharePoint, pas de Graph).");
      await applyPermissions(rest, args.kind, io.out);
      return report(await auditPermissions(rest, args.kind), io);
    }
    const { values } = await collectPages(connection, `${sitePath}/lists`);
    const existing = new Map(
      values.map((raw) => [
        String((raw as { displayName?: unknown }).displayName),
        String((raw as { id?: unknown }).id),
      ]),
    );
    const plan: Plan = { lists: 0, columns: 0 };
    for (const list of LISTS) await provisionList(connection, sitePath, list, existing, args, io, plan);
    await provisionLibrary(connection, sitePath, args, io, plan);
    if (args.kind === "commune") await provisionPublications(connection, sitePath, existing, args, io, plan);
    if (plan.lists + plan.columns === 0) io.out("Rien à changer : le site est à jour.");
    else
      io.out(
        `${args.dryRun ? "À faire" : "Fait"} : ${plan.lists} liste(s) ${args.dryRun ? "à créer" : "créée(s)"}, ${plan.columns} colonne(s) ${args.dryRun ? "à ajouter" : "ajoutée(s)"}.`,
      );
    // SharePoint may accept a column and drop its index or uniqueness: what was asked is read back, never assumed.
    if (!args.dryRun && plan.lists + plan.columns > 0)
      return report(await auditLists(connection, sitePath, args.kind), io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) io.err(`mairie provision : ${error.message}`);
    else if (error instanceof DataError) io.err(`mairie provision : ${error.message}`);
    else io.err(`mairie provision : erreur interne (${error instanceof Error ? error.message : String(error)}).`);
    return 2;
  }
}
