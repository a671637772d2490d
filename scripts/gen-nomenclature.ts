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
import { COMPTE_LIBELLE_MAX } from "@shared/domain/budget/nomenclature/plan";
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

/** Windows-1252 for the bytes 0x80 to 0x9f (Node's small ICU decodes them to nothing); unassigned ones stay C1. */
const CP1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/**
 * The label as one bounded line of text. The parser leaves character references as they are, and some plans
 * write Windows-1252 bytes as C1 controls (&#x92; for an apostrophe, &#x96; for a dash): they are read as the
 * characters they meant. "|" separates the compact fields.
 */
export function cleanLibelle(raw: string): string {
  const text = raw
    .replace(/&#(x[0-9a-f]{1,6}|[0-9]{1,7});/gi, (ref, code: string) => {
      const point = code[0] === "x" || code[0] === "X" ? parseInt(code.slice(1), 16) : Number(code);
      return point <= 0x10ffff ? String.fromCodePoint(point) : ref;
    })
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? " ")
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")
    .replace(/\|/g, "/")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > COMPTE_LIBELLE_MAX ? `${text.slice(0, COMPTE_LIBELLE_MAX - 1).trimEnd()}…` : text;
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
    rows.push([...fields, flags, depuis, cleanLibelle(attr(node, "Libelle"))].join("|"));
    compteRows(sub, rows);
  }
}

export function convertPlan(xml: string): CompactPlan {
  const root = (parser.parse(xml) as XmlNode)["Nomenclature"] as XmlNode | undefined;
  if (!root) throw new Error("élément Nomenclature absent");
  const nature = root["Nature"] as XmlNode;
  const chapitres = children(nature["Chapitres"] as XmlNode, "Chapitre").map((c) =>
    [
      attr(c, "Code"),
      attr(c, "Section"),
      attr(c, "TypeChapitre"),
      attr(c, "Special"),
      cleanLibelle(attr(c, "Libelle")),
    ].join("|"),
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
