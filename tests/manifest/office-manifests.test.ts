import { readFileSync } from "node:fs";
import path from "node:path";
import { DEV_ORIGIN } from "@scripts/manifest-urls";
import { checkOfficeManifest } from "./check-office-manifest";
import { child, descendants, parseXml, type XmlElement } from "./office-manifest";

const ROOT = path.resolve(__dirname, "../..");
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

const ADDINS = [
  { app: "word", name: "Mairie – Actes", host: "Document", set: "WordApi", minVersion: "1.3" },
  { app: "excel", name: "Mairie – Budget", host: "Workbook", set: "ExcelApi", minVersion: "1.7" },
] as const;

const resourceUrl = (root: XmlElement, resid: string | undefined) =>
  descendants(root).find((element) => element.name === "bt:Url" && element.attrs.id === resid)?.attrs.DefaultValue;

describe.each(ADDINS)("manifeste $app", ({ app, name, host, set, minVersion }) => {
  const xml = read(`manifest/${app}/manifest.xml`);
  const root = parseXml(xml);
  const taskpane = `${DEV_ORIGIN}/${app}.html?host=office`;

  it("passe tous les contrôles hors ligne", () => {
    expect(checkOfficeManifest(xml, path.join(ROOT, "manifest/assets"))).toEqual([]);
  });

  it("est en français, au nom de la suite, pour le bon hôte et le bon jeu d'API", () => {
    expect(child(root, "DefaultLocale")?.text).toBe("fr-FR");
    expect(child(root, "DisplayName")?.attrs.DefaultValue).toBe(name);
    expect(child(root, "Hosts")?.children.map((h) => h.attrs.Name)).toEqual([host]);
    const sets = descendants(root).filter((element) => element.name === "Set");
    expect(sets.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([[set, minVersion]]);
  });

  it("ouvre le volet du serveur de développement, depuis le démarrage comme depuis le bouton du ruban", () => {
    expect(child(child(root, "DefaultSettings") ?? root, "SourceLocation")?.attrs.DefaultValue).toBe(taskpane);
    const button = descendants(root).find((element) => element.name === "Control" && element.attrs["xsi:type"] === "Button");
    const action = button && child(button, "Action");
    expect(action?.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(resourceUrl(root, action && child(action, "SourceLocation")?.attrs.resid)).toBe(taskpane);
  });

  it("place son bouton dans l'onglet Accueil", () => {
    const tab = descendants(root).find((element) => element.name === "OfficeTab");
    expect(tab?.attrs.id).toBe("TabHome");
    expect(descendants(tab ?? root).some((element) => element.name === "Control")).toBe(true);
  });

  it("n'adresse que le serveur de développement, déclaré dans AppDomains", () => {
    const values = descendants(root).flatMap((element) => [element.text, ...Object.values(element.attrs)]);
    const urls = values.filter((value) => value.startsWith("https://"));
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith(`${DEV_ORIGIN}/`) && url !== DEV_ORIGIN)).toEqual([]);
    expect(child(root, "AppDomains")?.children.map((domain) => domain.text)).toEqual([DEV_ORIGIN]);
  });
});

describe("identifiants des applications", () => {
  it("Word, Excel et Teams ont chacun leur propre GUID", () => {
    const ids = [
      ...ADDINS.map(({ app }) => child(parseXml(read(`manifest/${app}/manifest.xml`)), "Id")?.text),
      (JSON.parse(read("manifest/teams/manifest.json")) as { id: string }).id,
    ];
    expect(new Set(ids).size).toBe(3);
  });
});
