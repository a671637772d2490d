import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkOfficeManifest } from "@tests/manifest/check-office-manifest";
import { schemaErrors, teamsValidator } from "@tests/manifest/teams-schema";
import {
  DEFAULT_TEAMS_CLIENT_ID,
  ROOT,
  parseBaseUrl,
  rewriteDevUrls,
  teamsAppFiles,
  writeProductionManifests,
} from "./manifest-urls";

const CLIENT_ID = "3f2b8c1e-5d4a-4b7e-9c61-0a1b2c3d4e5f";

describe("adresse de production (BASE_URL)", () => {
  it("accepte une origine https, avec ou sans barre finale ni port", () => {
    expect(parseBaseUrl("https://mairie.example.fr/")).toEqual({
      origin: "https://mairie.example.fr",
      host: "mairie.example.fr",
    });
    expect(parseBaseUrl(" https://apps.mairie.example.fr:8443 ")).toEqual({
      origin: "https://apps.mairie.example.fr:8443",
      host: "apps.mairie.example.fr:8443",
    });
  });

  it.each([
    ["http://mairie.example.fr", /doit être en https/],
    ["https://mairie.example.fr/suite", /origine seule/],
    ["https://mairie.example.fr/?v=2", /origine seule/],
    ["mairie.example.fr", /n'est pas une adresse/],
  ])("refuse %s", (raw, message) => {
    expect(() => parseBaseUrl(raw)).toThrow(message);
  });

  it("remplace l'origine et l'hôte de développement partout", () => {
    const target = parseBaseUrl("https://mairie.example.fr");
    expect(rewriteDevUrls('"https://localhost:3000/word.html" ["localhost:3000"] api://localhost:3000/x', target)).toBe(
      '"https://mairie.example.fr/word.html" ["mairie.example.fr"] api://mairie.example.fr/x',
    );
  });
});

describe("fichiers de l'application Teams", () => {
  it("gardent par défaut les adresses de développement et le client d'exemple", () => {
    const manifest = JSON.parse(teamsAppFiles().get("manifest.json")?.toString("utf8") ?? "{}") as {
      webApplicationInfo: unknown;
    };
    expect(manifest.webApplicationInfo).toEqual({
      id: DEFAULT_TEAMS_CLIENT_ID,
      resource: `api://localhost:3000/${DEFAULT_TEAMS_CLIENT_ID}`,
    });
  });

  it("refusent un identifiant client qui n'est pas un GUID", () => {
    expect(() => teamsAppFiles({ clientId: "mon-appli" })).toThrow("TEAMS_APP_CLIENT_ID doit être un GUID");
  });
});

describe("manifestes de production", () => {
  let outDir: string;
  beforeEach(() => {
    outDir = mkdtempSync(path.join(tmpdir(), "mairie-manifests-"));
  });
  afterEach(() => rmSync(outDir, { recursive: true, force: true }));

  it("écrit Word, Excel et Teams pointant vers BASE_URL, toujours valides", () => {
    const written = writeProductionManifests({ baseUrl: "https://mairie.example.fr", clientId: CLIENT_ID, outDir });
    expect(written.map((file) => path.relative(outDir, file)).sort()).toEqual(
      ["excel.xml", "teams/color.png", "teams/en-us.json", "teams/manifest.json", "teams/outline.png", "word.xml"].map(
        (f) => path.normalize(f),
      ),
    );
    for (const app of ["word", "excel"]) {
      const xml = readFileSync(path.join(outDir, `${app}.xml`), "utf8");
      expect(xml).not.toContain("localhost");
      expect(xml).toContain(`<SourceLocation DefaultValue="https://mairie.example.fr/${app}.html?host=office"/>`);
      expect(checkOfficeManifest(xml, path.join(ROOT, "manifest/assets"))).toEqual([]);
    }
    const teamsText = readFileSync(path.join(outDir, "teams/manifest.json"), "utf8");
    expect(teamsText).not.toContain("localhost");
    const teams = JSON.parse(teamsText) as {
      manifestVersion: string;
      validDomains: string[];
      webApplicationInfo: unknown;
    };
    expect(teams.validDomains).toEqual(["mairie.example.fr"]);
    expect(teams.webApplicationInfo).toEqual({ id: CLIENT_ID, resource: `api://mairie.example.fr/${CLIENT_ID}` });
    expect(schemaErrors(teamsValidator(teams.manifestVersion), teams)).toEqual([]);
  });

  it("n'écrit rien si BASE_URL n'est pas en https", () => {
    expect(() => writeProductionManifests({ baseUrl: "http://mairie.example.fr", outDir })).toThrow(/https/);
    expect(() => readFileSync(path.join(outDir, "word.xml"))).toThrow();
  });
});
