import { readFileSync } from "node:fs";
import path from "node:path";
import { checkOfficeManifest } from "./check-office-manifest";

const ROOT = path.resolve(__dirname, "../..");
const ASSETS = path.join(ROOT, "manifest/assets");
const word = readFileSync(path.join(ROOT, "manifest/word/manifest.xml"), "utf8");

/** The Word manifest with one textual change, which must exist so that each case really mutates something. */
function mutated(from: string | RegExp, to: string): string {
  const result = word.replace(from, to);
  if (result === word) throw new Error(`Motif absent du manifeste : ${String(from)}`);
  return result;
}

describe("contrôle hors ligne d'un manifeste XML Office", () => {
  it("ne trouve rien à redire au manifeste Word", () => {
    expect(checkOfficeManifest(word, ASSETS)).toEqual([]);
  });

  it.each([
    ["un XML mal formé", mutated("</Hosts>\n  <!--", "\n  <!--"), /^XML mal formé, ligne \d+/],
    ["un élément hors de l'ordre du schéma", mutated(/(<Version>.*<\/Version>\n)(\s*<ProviderName>.*<\/ProviderName>\n)/, "$2$1"), /^Version est mal placé/],
    ["un élément obligatoire absent", mutated(/\s*<SupportUrl [^>]*\/>/, ""), /^Élément obligatoire absent : SupportUrl\.$/],
    ["un élément inconnu", mutated("<Permissions>", "<Autorisations/>\n  <Permissions>"), /^Élément inattendu sous OfficeApp : Autorisations\.$/],
    ["un Id qui n'est pas un GUID", mutated(/<Id>[^<]*<\/Id>/, "<Id>mairie-actes</Id>"), /^Id « mairie-actes » n'est pas un GUID\.$/],
    ["une version mal formée", mutated("<Version>0.1.0.0</Version>", "<Version>v1</Version>"), /^Version « v1 »/],
    ["un type d'application autre que volet", mutated('xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"'), /^xsi:type « ContentApp » au lieu de TaskPaneApp\.$/],
    ["une adresse en http", mutated("https://localhost:3000/aide.html\"/>\n  <AppDomains>", "http://localhost:3000/aide.html\"/>\n  <AppDomains>"), /^Adresse non https : http:\/\/localhost:3000\/aide\.html$/],
    ["un resid sans ressource", mutated('<Label resid="Group.Label"/>', '<Label resid="Groupe.Label"/>'), /^resid « Groupe\.Label » \(Label\) ne correspond à aucune ressource\.$/],
    ["un resid du mauvais type", mutated('<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Button.Label"/>'), /^resid « Button\.Label » \(SourceLocation\) devrait être dans bt:Urls/],
    ["une ressource inutilisée", mutated("</bt:ShortStrings>", '  <bt:String id="Oubli" DefaultValue="x"/>\n      </bt:ShortStrings>'), /^Ressource inutilisée : Oubli\.$/],
    ["une ressource déclarée deux fois", mutated("</bt:Urls>", '  <bt:Url id="Support.Url" DefaultValue="https://localhost:3000/"/>\n      </bt:Urls>'), /^Ressource déclarée deux fois : Support\.Url\.$/],
    ["un texte court trop long", mutated('DefaultValue="Actes"', `DefaultValue="${"A".repeat(126)}"`), /^Button\.Label dépasse 125 caractères\.$/],
    ["une icône de ruban sans la taille 80", mutated(/\s*<bt:Image size="80" resid="Icon.80x80"\/>/, ""), /^Icône de ruban sans la taille 80\.$/],
    ["une icône de la mauvaise taille", mutated('assets/word-16.png"', 'assets/word-32.png"'), /^word-32\.png mesure 32x32, 16x16 attendu\.$/],
    ["une icône absente des fichiers", mutated("assets/word-64.png", "assets/word-128.png"), /^Icône absente de manifest\/assets : word-128\.png\.$/],
    ["une icône servie ailleurs que sous /assets/", mutated("assets/word-80.png", "images/word-80.png"), /^Icône hors de \/assets\/ : https:\/\/localhost:3000\/images\/word-80\.png\.$/],
  ])("signale %s", (_, xml, expected) => {
    const problems = checkOfficeManifest(xml, ASSETS);
    expect(problems).toContainEqual(expect.stringMatching(expected));
  });
});
