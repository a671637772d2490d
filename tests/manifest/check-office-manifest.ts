import { XMLValidator } from "fast-xml-parser";
import { GUID } from "@scripts/manifest-urls";
import { checkIcons, checkResources } from "./check-office-resources";
import { child, descendants, parseXml, type XmlElement } from "./office-manifest";

/**
 * The rules of the Office add-in-only XML manifest (OfficeApp 1.1, TaskPaneApp) that can be checked without
 * Microsoft's validation service. Returns the problems in French; an empty list means the manifest passes.
 */
export const OFFICE_APP_ORDER = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
] as const;

const OFFICE_APP_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;
// Lengths the OfficeApp schema allows for these texts.
const MAX_LENGTH: Record<string, number> = { DisplayName: 125, Description: 250, ProviderName: 250 };

export function checkOfficeManifest(xml: string, assetsDir: string): string[] {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- still shipped by fast-xml-parser 5; the separate fast-xml-validator would only add a dependency
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`XML mal formé, ligne ${wellFormed.err.line} : ${wellFormed.err.msg}`];
  const root = parseXml(xml);
  if (root.name !== "OfficeApp") return [`Élément racine « ${root.name} » au lieu de OfficeApp.`];
  return [...checkRoot(root), ...checkOrder(root), ...checkValues(root), ...checkUrls(root), ...checkResources(root), ...checkIcons(root, assetsDir)];
}

function checkRoot(root: XmlElement): string[] {
  const problems: string[] = [];
  if (root.attrs.xmlns !== OFFICE_APP_NS) problems.push(`Espace de noms OfficeApp attendu : ${OFFICE_APP_NS}.`);
  if (root.attrs["xsi:type"] !== "TaskPaneApp") problems.push(`xsi:type « ${root.attrs["xsi:type"] ?? ""} » au lieu de TaskPaneApp.`);
  return problems;
}

function checkOrder(root: XmlElement): string[] {
  const problems: string[] = [];
  const order: readonly string[] = OFFICE_APP_ORDER;
  let previous = -1;
  for (const { name } of root.children) {
    const index = order.indexOf(name);
    if (index === -1) problems.push(`Élément inattendu sous OfficeApp : ${name}.`);
    else if (index <= previous) problems.push(`${name} est mal placé : l'ordre du schéma est ${order.join(", ")}.`);
    else previous = index;
  }
  for (const name of order) if (!child(root, name)) problems.push(`Élément obligatoire absent : ${name}.`);
  return problems;
}

function checkValues(root: XmlElement): string[] {
  const problems: string[] = [];
  const id = child(root, "Id")?.text.trim() ?? "";
  if (!GUID.test(id)) problems.push(`Id « ${id} » n'est pas un GUID.`);
  const version = child(root, "Version")?.text.trim() ?? "";
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) problems.push(`Version « ${version} » : attendu n.n.n.n.`);
  for (const [name, max] of Object.entries(MAX_LENGTH)) {
    const element = child(root, name);
    const value = element?.attrs.DefaultValue ?? element?.text ?? "";
    if (value.length > max) problems.push(`${name} dépasse ${max} caractères.`);
  }
  return problems;
}

/** Every URL the host will load (attribute values and texts, namespaces aside) must be https. */
function checkUrls(root: XmlElement): string[] {
  const values = descendants(root).flatMap((element) => [
    element.text.trim(),
    ...Object.entries(element.attrs)
      .filter(([name]) => !name.startsWith("xmlns"))
      .map(([, value]) => value),
  ]);
  return values.filter((value) => URL_LIKE.test(value) && !value.startsWith("https://")).map((value) => `Adresse non https : ${value}`);
}
