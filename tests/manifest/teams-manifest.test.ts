import { readFileSync } from "node:fs";
import path from "node:path";
import { decodePng, readPngHeader } from "@scripts/png/png";
import { DEFAULT_TEAMS_CLIENT_ID, DEV_ORIGIN } from "@scripts/manifest-urls";
import { schemaErrors, stableSchemaVersions, teamsValidator } from "./teams-schema";

const TEAMS_DIR = path.resolve(__dirname, "../../manifest/teams");
const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(TEAMS_DIR, file), "utf8")) as Record<string, unknown>;

interface TeamsManifest {
  $schema: string;
  manifestVersion: string;
  localizationInfo: { defaultLanguageTag: string; additionalLanguages: Array<{ languageTag: string; file: string }> };
  icons: { color: string; outline: string };
  staticTabs: Array<{ entityId: string; contentUrl: string; scopes: string[] }>;
  configurableTabs: Array<{ configurationUrl: string; scopes: string[]; context: string[] }>;
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string };
}

const raw = readJson("manifest.json");
const manifest = raw as unknown as TeamsManifest;
const validate = teamsValidator(manifest.manifestVersion);

describe("manifeste de l'application Teams", () => {
  it("suit le dernier schéma publié que fournit @microsoft/app-manifest", () => {
    expect(manifest.manifestVersion).toBe(stableSchemaVersions().at(-1));
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
  });

  it("est valide selon le schéma JSON officiel, hors ligne", () => {
    expect(schemaErrors(validate, raw)).toEqual([]);
  });

  it("fait bien échouer la validation d'un manifeste fautif", () => {
    const broken = { ...raw, staticTabs: [{ entityId: "cockpit", contentUrl: "ftp://localhost/teams.html" }], accentColor: "bleu" };
    const errors = schemaErrors(validate, broken);
    expect(errors).toContainEqual(expect.stringContaining("/staticTabs/0 must have required property 'scopes'"));
    expect(errors).toContainEqual(expect.stringContaining("/staticTabs/0/contentUrl must match pattern"));
    expect(errors).toContainEqual(expect.stringContaining("/accentColor must match pattern"));
  });

  it("est en français par défaut, avec une traduction anglaise valide", () => {
    expect(manifest.localizationInfo.defaultLanguageTag).toBe("fr-fr");
    const validateLocalization = teamsValidator(manifest.manifestVersion, "MicrosoftTeams.Localization");
    for (const { file } of manifest.localizationInfo.additionalLanguages) expect(schemaErrors(validateLocalization, readJson(file))).toEqual([]);
  });

  it("offre l'onglet personnel Cockpit et un onglet de canal configurable pour le réseau", () => {
    expect(manifest.staticTabs).toEqual([expect.objectContaining({ entityId: "cockpit", contentUrl: `${DEV_ORIGIN}/teams.html?view=cockpit&host=teams`, scopes: ["personal"] })]);
    expect(manifest.configurableTabs).toEqual([
      expect.objectContaining({ configurationUrl: `${DEV_ORIGIN}/teams.html?view=config&host=teams`, scopes: ["team"], context: ["channelTab"] }),
    ]);
  });

  it("déclare l'authentification unique et le domaine de ses onglets", () => {
    expect(manifest.webApplicationInfo).toEqual({ id: DEFAULT_TEAMS_CLIENT_ID, resource: `api://localhost:3000/${DEFAULT_TEAMS_CLIENT_ID}` });
    expect(manifest.validDomains).toEqual([new URL(DEV_ORIGIN).host]);
  });

  it("n'utilise que des adresses https", () => {
    const urls = JSON.stringify(raw).match(/[a-z]+:\/\/[^"]+/g) ?? [];
    expect(urls.filter((url) => !url.startsWith("https://") && !url.startsWith("api://"))).toEqual([]);
  });
});

describe("icônes Teams", () => {
  it("l'icône couleur est un PNG de 192x192", () => {
    const header = readPngHeader(readFileSync(path.join(TEAMS_DIR, manifest.icons.color)));
    expect([header.width, header.height]).toEqual([192, 192]);
  });

  it("l'icône de contour est un PNG 32x32 à canal alpha, blanc sur fond transparent", () => {
    const png = readFileSync(path.join(TEAMS_DIR, manifest.icons.outline));
    const header = readPngHeader(png);
    expect([header.width, header.height]).toEqual([32, 32]);
    expect([4, 6]).toContain(header.colorType);
    const { pixels } = decodePng(png);
    const alphas: number[] = [];
    const visibleNotWhite: number[] = [];
    for (let i = 0; i < pixels.length; i += 4) {
      alphas.push(pixels[i + 3] ?? 0);
      if ((pixels[i + 3] ?? 0) > 0 && [pixels[i], pixels[i + 1], pixels[i + 2]].some((c) => c !== 255)) visibleNotWhite.push(i / 4);
    }
    expect(visibleNotWhite).toEqual([]);
    expect(alphas).toContain(0);
    expect(alphas).toContain(255);
  });
});
