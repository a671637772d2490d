import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Production manifests. The manifests under manifest/ point at the development server; this script writes copies
 * that point at the real host:
 *
 *   BASE_URL=https://mairie.example.fr [TEAMS_APP_CLIENT_ID=<guid>] npx tsx scripts/manifest-urls.ts
 *
 * → dist/manifest/word.xml, dist/manifest/excel.xml and dist/manifest/teams/ (manifest.json, its localization
 * files and icons). BASE_URL must be an https origin (no path): Office and Teams refuse plain http, and the SSO
 * resource `api://<host>/<client id>` is built from the host alone.
 */
export const ROOT = path.resolve(__dirname, "..");
export const DEV_ORIGIN = "https://localhost:3000";
const DEV_HOST = "localhost:3000";
/** The client id committed in manifest/teams/manifest.json: a well-formed GUID that names no real Entra app. */
export const DEFAULT_TEAMS_CLIENT_ID = "00000000-0000-4000-8000-000000000000";
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Target {
  origin: string;
  host: string;
}

export const DEV_TARGET: Target = { origin: DEV_ORIGIN, host: DEV_HOST };

export function parseBaseUrl(raw: string): Target {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`BASE_URL invalide : « ${raw} » n'est pas une adresse.`);
  }
  if (url.protocol !== "https:")
    throw new Error(`BASE_URL doit être en https (Office et Teams refusent http) : « ${raw} ».`);
  if (url.pathname !== "/" || url.search || url.hash || url.username || url.password)
    throw new Error(
      `BASE_URL doit être une origine seule, sans chemin ni paramètre (ex. https://mairie.example.fr) : « ${raw} ».`,
    );
  return { origin: url.origin, host: url.host };
}

/** Replaces the development origin, then the bare development host (Teams validDomains, api:// resource). */
export function rewriteDevUrls(text: string, target: Target): string {
  return text.replaceAll(DEV_ORIGIN, target.origin).replaceAll(DEV_HOST, target.host);
}

function checkClientId(clientId: string): string {
  if (!GUID.test(clientId))
    throw new Error(`TEAMS_APP_CLIENT_ID doit être un GUID (identifiant de l'application Entra) : « ${clientId} ».`);
  return clientId;
}

interface TeamsManifestShape {
  icons: { color: string; outline: string };
  localizationInfo?: { additionalLanguages?: Array<{ file: string }> };
  webApplicationInfo?: Record<string, unknown>;
}

function isTeamsManifest(value: unknown): value is TeamsManifestShape {
  return typeof value === "object" && value !== null && "icons" in value;
}

export interface AppOptions {
  target?: Target;
  clientId?: string;
}

/** The files of the Teams app package, by name at the package root, URLs and SSO client id applied. */
export function teamsAppFiles({ target = DEV_TARGET, clientId = DEFAULT_TEAMS_CLIENT_ID }: AppOptions = {}): Map<
  string,
  Buffer
> {
  const dir = path.join(ROOT, "manifest/teams");
  const read = (file: string) => readFileSync(path.join(dir, file));
  const manifest: unknown = JSON.parse(rewriteDevUrls(read("manifest.json").toString("utf8"), target));
  if (!isTeamsManifest(manifest)) throw new Error("manifest/teams/manifest.json : champ « icons » manquant.");
  manifest.webApplicationInfo = {
    ...manifest.webApplicationInfo,
    id: checkClientId(clientId),
    resource: `api://${target.host}/${clientId}`,
  };
  const files = new Map([["manifest.json", Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)]]);
  for (const { file } of manifest.localizationInfo?.additionalLanguages ?? [])
    files.set(file, Buffer.from(rewriteDevUrls(read(file).toString("utf8"), target)));
  for (const icon of [manifest.icons.color, manifest.icons.outline]) files.set(icon, read(icon));
  return files;
}

/** Writes the production manifests under outDir and returns the paths written. */
export function writeProductionManifests(options: { baseUrl: string; clientId?: string; outDir?: string }): string[] {
  const target = parseBaseUrl(options.baseUrl);
  const outDir = options.outDir ?? path.join(ROOT, "dist/manifest");
  const outputs = new Map<string, Buffer>();
  for (const app of ["word", "excel"])
    outputs.set(
      `${app}.xml`,
      Buffer.from(rewriteDevUrls(readFileSync(path.join(ROOT, `manifest/${app}/manifest.xml`), "utf8"), target)),
    );
  for (const [file, content] of teamsAppFiles({ target, ...(options.clientId ? { clientId: options.clientId } : {}) }))
    outputs.set(`teams/${file}`, content);
  return [...outputs].map(([file, content]) => {
    const target = path.join(outDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
    return target;
  });
}

function main(): void {
  const baseUrl = process.env.BASE_URL;
  if (!baseUrl)
    throw new Error(
      "Indiquez l'adresse de production : BASE_URL=https://mairie.example.fr npx tsx scripts/manifest-urls.ts",
    );
  const written = writeProductionManifests({
    baseUrl,
    ...(process.env.TEAMS_APP_CLIENT_ID ? { clientId: process.env.TEAMS_APP_CLIENT_ID } : {}),
  });
  console.log(`Manifestes de production pour ${parseBaseUrl(baseUrl).origin} :`);
  for (const file of written) console.log(`  ${path.relative(process.cwd(), file)}`);
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
