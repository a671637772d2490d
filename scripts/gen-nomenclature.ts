/**
 * Converts the official ODM plans de comptes (shared/data/m57, outside the repository) into the compact JSON
 * modules the domain ships (shared/domain/budget/nomenclature/data). The product never reads the data folder at
 * run time; a test checks that regenerating gives the committed files byte for byte.
 *
 *   npx tsx scripts/gen-nomenclature.ts [source-dir]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { XMLParser } from "fast-xml-parser";
import type { CompactPlan } from "@shared/domain/budget/nomenclature/plan";
import { decodeXml } from "@shared/io/budget/xml-text";

export const DEFAULT_SOURCE = resolve(__dirname, "../../shared/data/m57");
export const DATA_DIR = resolve(__dirname, "../shared/domain/budget/nomenclature/data");

/** Plans the suite supports: M57 abrégée/développée 2024, M57 abrégée 2023, the M14 plans of the real samples. */
export const SOURCES: readonly string[] = [
  "planDeCompte_2024_M57_A.xml",
  "planDeCompte_2024_M57_D.xml",
  "older-and-m14/planDeCompte_2023_M57_A.xml",
  "older-and-m14/planDeCompte_2022_M14_COM_500_3500.xml",
  "older-and-m14/planDeCompte_2021_M14_COM_500_3500.xml",
  "older-and-m14/planDeCompte_2019_M14_COM_SUP3500.xml",
];

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseAttributeValue: false,
  isArray: (name) => name === "Chapitre" || name === "Compte",
});

function attr(node: XmlNode, name: string): string {
  const value = node[name];
  return typeof value === "string" ? value : "";
}

function children(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function compteRows(nodes: readonly XmlNode[], rows: string[]): void {
  for (const node of nodes) {
    const sub = children(node, "Compte");
    const flags =
      (sub.length === 0 ? "L" : "") +
      (attr(node, "DEquip") === "1" ? "D" : "") +
      (attr(node, "REquip") === "1" ? "R" : "") +
      (attr(node, "Supprime") === "1" ? "S" : "");
    const depuis = attr(node, "SupprimeDepuis").slice(0, 10);
    const fields = ["Code", "DR", "RR", "DOES", "ROES", "DOIS", "ROIS"].map((name) => attr(node, name));
    rows.push([...fields, flags, depuis].join("|"));
    compteRows(sub, rows);
  }
}

export function convertPlan(xml: string): CompactPlan {
  const root = (parser.parse(xml) as XmlNode)["Nomenclature"] as XmlNode | undefined;
  if (!root) throw new Error("élément Nomenclature absent");
  const nature = root["Nature"] as XmlNode;
  const chapitres = children(nature["Chapitres"] as XmlNode, "Chapitre").map((c) =>
    [attr(c, "Code"), attr(c, "Section"), attr(c, "TypeChapitre"), attr(c, "Special"), attr(c, "Libelle")].join("|"),
  );
  const comptes: string[] = [];
  compteRows(children(nature["Comptes"] as XmlNode, "Compte"), comptes);
  return {
    norme: attr(root, "Norme"),
    declinaison: attr(root, "Declinaison"),
    exer: Number(attr(root, "Exer")),
    chapitres,
    comptes,
  };
}

export function fileNameOf(plan: CompactPlan): string {
  return `${plan.declinaison.toLowerCase()}-${plan.exer}.json`;
}

/** Every data module, by file name, as the generator would write it. */
export function generate(sourceDir: string = DEFAULT_SOURCE): Map<string, string> {
  const files = new Map<string, string>();
  for (const source of SOURCES) {
    const path = join(sourceDir, source);
    const plan = convertPlan(decodeXml(readFileSync(path), path));
    files.set(fileNameOf(plan), JSON.stringify(plan, null, 0).replace(/","/g, '",\n"') + "\n");
  }
  return files;
}

if (require.main === module) {
  for (const [name, content] of generate(process.argv[2] ?? DEFAULT_SOURCE)) {
    writeFileSync(join(DATA_DIR, name), content);
    process.stdout.write(`${name} : ${content.length} octets\n`);
  }
}
