import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { readPngHeader } from "@scripts/png/png";
import { child, descendants, type XmlElement } from "./office-manifest";

type ResourceKind = "bt:Images" | "bt:Urls" | "bt:ShortStrings" | "bt:LongStrings";

/** Which resource list a `resid` may point into, by the referencing element. */
const KIND_OF_REFERENCE: Record<string, ResourceKind> = {
  "bt:Image": "bt:Images",
  SourceLocation: "bt:Urls",
  FunctionFile: "bt:Urls",
  LearnMoreUrl: "bt:Urls",
  Label: "bt:ShortStrings",
  Title: "bt:ShortStrings",
  Description: "bt:LongStrings",
};
// Limits of the VersionOverrides schema: resource ids and short/long string values.
const MAX_ID = 32;
const MAX_VALUE: Partial<Record<ResourceKind, number>> = { "bt:ShortStrings": 125, "bt:LongStrings": 250 };
const RIBBON_ICON_SIZES = ["16", "32", "80"];

interface Resource {
  id: string;
  kind: ResourceKind;
  value: string;
}

function resourceList(root: XmlElement): Resource[] {
  const groups = descendants(root).find((element) => element.name === "Resources")?.children ?? [];
  return groups.flatMap((group) => group.children.map((entry) => ({ id: entry.attrs.id ?? "", kind: group.name as ResourceKind, value: entry.attrs.DefaultValue ?? "" })));
}

const resources = (root: XmlElement): Map<string, Resource> => new Map(resourceList(root).map((resource) => [resource.id, resource]));

export function checkResources(root: XmlElement): string[] {
  const problems: string[] = [];
  const defined = resources(root);
  const ids = resourceList(root).map((resource) => resource.id);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) problems.push(`Ressource déclarée deux fois : ${id}.`);
  for (const [id, { kind, value }] of defined) {
    if (id.length > MAX_ID) problems.push(`Identifiant de ressource trop long (> ${MAX_ID}) : ${id}.`);
    const max = MAX_VALUE[kind];
    if (max !== undefined && value.length > max) problems.push(`${id} dépasse ${max} caractères.`);
  }
  const used = new Set<string>();
  for (const element of descendants(root).filter((e) => e.attrs.resid !== undefined)) {
    const resid = element.attrs.resid ?? "";
    used.add(resid);
    const resource = defined.get(resid);
    const expected = KIND_OF_REFERENCE[element.name];
    if (!resource) problems.push(`resid « ${resid} » (${element.name}) ne correspond à aucune ressource.`);
    else if (expected && resource.kind !== expected) problems.push(`resid « ${resid} » (${element.name}) devrait être dans ${expected}, pas ${resource.kind}.`);
  }
  for (const id of defined.keys()) if (!used.has(id)) problems.push(`Ressource inutilisée : ${id}.`);
  for (const icon of descendants(root).filter((e) => e.name === "Icon")) {
    const sizes = icon.children.map((image) => image.attrs.size ?? "");
    for (const size of RIBBON_ICON_SIZES) if (!sizes.includes(size)) problems.push(`Icône de ruban sans la taille ${size}.`);
  }
  return problems;
}

/** Declared icon URL → size in pixels: the top-level icons, then each ribbon image through its resid. */
function declaredIcons(root: XmlElement): Array<{ url: string; size: number }> {
  const defined = resources(root);
  const topLevel = [
    { url: child(root, "IconUrl")?.attrs.DefaultValue ?? "", size: 32 },
    { url: child(root, "HighResolutionIconUrl")?.attrs.DefaultValue ?? "", size: 64 },
  ];
  const ribbon = descendants(root)
    .filter((element) => element.name === "bt:Image" && element.attrs.resid !== undefined)
    .map((image) => ({ url: defined.get(image.attrs.resid ?? "")?.value ?? "", size: Number(image.attrs.size) }));
  return [...topLevel, ...ribbon].filter(({ url }) => url !== "");
}

/** Icons are served from /assets/ and kept in manifest/assets: each must exist there, a PNG of the declared size. */
export function checkIcons(root: XmlElement, assetsDir: string): string[] {
  const problems: string[] = [];
  const declared = declaredIcons(root);
  const imageResources = resourceList(root)
    .filter((resource) => resource.kind === "bt:Images")
    .map(({ value }) => ({ url: value, size: undefined }));
  for (const { url, size } of [...declared, ...imageResources]) {
    const pathname = URL.canParse(url) ? new URL(url).pathname : "";
    if (!pathname.startsWith("/assets/")) {
      problems.push(`Icône hors de /assets/ : ${url}.`);
      continue;
    }
    const file = path.join(assetsDir, path.basename(pathname));
    if (!existsSync(file)) {
      problems.push(`Icône absente de manifest/assets : ${path.basename(pathname)}.`);
      continue;
    }
    const { width, height } = readPngHeader(readFileSync(file));
    if (size !== undefined && (width !== size || height !== size)) problems.push(`${path.basename(pathname)} mesure ${width}x${height}, ${size}x${size} attendu.`);
  }
  return problems;
}
