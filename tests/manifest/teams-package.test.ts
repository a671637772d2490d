import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { packageTeams } from "@scripts/package-teams";
import { readPngHeader } from "@scripts/png/png";
import { schemaErrors, teamsValidator } from "./teams-schema";

const TEAMS_DIR = path.resolve(__dirname, "../../manifest/teams");

describe("paquet de l'application Teams (npm run package:teams)", () => {
  let outDir: string;
  beforeEach(() => {
    outDir = mkdtempSync(path.join(tmpdir(), "mairie-teams-"));
  });
  afterEach(() => rmSync(outDir, { recursive: true, force: true }));

  const build = async (options: { baseUrl?: string; clientId?: string } = {}) => {
    const outFile = path.join(outDir, "mairie-teams.zip");
    const result = await packageTeams({ ...options, outFile });
    return { result, zip: await JSZip.loadAsync(readFileSync(outFile)), bytes: readFileSync(outFile) };
  };

  it("contient à la racine le manifeste, sa traduction et les deux icônes, rien d'autre", async () => {
    const { result, zip } = await build();
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(["color.png", "en-us.json", "manifest.json", "outline.png"]);
    expect([...result.entries].sort()).toEqual(names);
  });

  it("embarque un manifeste valide et les icônes telles quelles, aux bonnes tailles", async () => {
    const { zip } = await build();
    const manifest = JSON.parse((await zip.file("manifest.json")?.async("string")) ?? "{}") as { manifestVersion: string };
    expect(schemaErrors(teamsValidator(manifest.manifestVersion), manifest)).toEqual([]);
    for (const [icon, size] of [["color.png", 192], ["outline.png", 32]] as const) {
      const bytes = await zip.file(icon)?.async("nodebuffer");
      expect(bytes?.equals(readFileSync(path.join(TEAMS_DIR, icon)))).toBe(true);
      expect(bytes && readPngHeader(bytes).width).toBe(size);
    }
  });

  it("applique BASE_URL et TEAMS_APP_CLIENT_ID", async () => {
    const clientId = "3f2b8c1e-5d4a-4b7e-9c61-0a1b2c3d4e5f";
    const { result, zip } = await build({ baseUrl: "https://mairie.example.fr", clientId });
    const manifest = JSON.parse((await zip.file("manifest.json")?.async("string")) ?? "{}") as {
      staticTabs: Array<{ contentUrl: string }>;
      webApplicationInfo: { id: string; resource: string };
    };
    expect(result.origin).toBe("https://mairie.example.fr");
    expect(manifest.staticTabs[0]?.contentUrl).toBe("https://mairie.example.fr/teams.html?view=cockpit&host=teams");
    expect(manifest.webApplicationInfo).toEqual({ id: clientId, resource: `api://mairie.example.fr/${clientId}` });
  });

  it("produit le même fichier à chaque exécution", async () => {
    const first = await build();
    const second = await build();
    expect(second.bytes.equals(first.bytes)).toBe(true);
    expect(first.zip.file("manifest.json")?.date.toISOString()).toBe("2024-01-01T00:00:00.000Z");
  });

  it("refuse une adresse de production en http", async () => {
    await expect(packageTeams({ baseUrl: "http://mairie.example.fr", outFile: path.join(outDir, "x.zip") })).rejects.toThrow(/https/);
  });
});
