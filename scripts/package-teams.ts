import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { DEFAULT_TEAMS_CLIENT_ID, DEV_TARGET, ROOT, parseBaseUrl, teamsAppFiles } from "./manifest-urls";

/**
 * `npm run package:teams`: the Teams app zip to upload in Teams (Applications › Gérer vos applications ›
 * Charger une application) or in the Teams admin centre. BASE_URL (https origin) switches the URLs from the
 * development server to production; TEAMS_APP_CLIENT_ID is the Entra app registration used for single sign-on.
 */
export interface PackageResult {
  outFile: string;
  entries: string[];
  origin: string;
  clientId: string;
}

export async function packageTeams(
  options: { baseUrl?: string; clientId?: string; outFile?: string } = {},
): Promise<PackageResult> {
  const target = options.baseUrl ? parseBaseUrl(options.baseUrl) : DEV_TARGET;
  const clientId = options.clientId ?? DEFAULT_TEAMS_CLIENT_ID;
  const outFile = options.outFile ?? path.join(ROOT, "dist/teams/mairie-teams.zip");
  const zip = new JSZip();
  const files = teamsAppFiles({ target, clientId });
  // A fixed date keeps the zip byte-identical from one run to the next.
  for (const [name, content] of files) zip.file(name, content, { date: new Date("2024-01-01T00:00:00Z") });
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return { outFile, entries: [...files.keys()], origin: target.origin, clientId };
}

async function main(): Promise<void> {
  const result = await packageTeams({
    ...(process.env.BASE_URL ? { baseUrl: process.env.BASE_URL } : {}),
    ...(process.env.TEAMS_APP_CLIENT_ID ? { clientId: process.env.TEAMS_APP_CLIENT_ID } : {}),
  });
  console.log(`Paquet Teams écrit : ${path.relative(process.cwd(), result.outFile)}`);
  console.log(`  Contenu : ${result.entries.join(", ")}`);
  console.log(
    `  Adresse des onglets : ${result.origin}${process.env.BASE_URL ? "" : " (développement ; BASE_URL=https://… pour la production)"}`,
  );
  console.log(
    `  Client SSO : ${result.clientId}${result.clientId === DEFAULT_TEAMS_CLIENT_ID ? " (valeur d'exemple ; TEAMS_APP_CLIENT_ID=<guid> pour un vrai tenant)" : ""}`,
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
