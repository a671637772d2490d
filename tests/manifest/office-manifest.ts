import { XMLParser } from "fast-xml-parser";

/** An XML element with its attributes, its element children in document order and its own text. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

type OrderedNode = Record<string, unknown>;

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", parseTagValue: false, parseAttributeValue: false });

function toElement(node: OrderedNode): XmlElement | undefined {
  const name = Object.keys(node).find((key) => key !== ":@" && key !== "#text" && !key.startsWith("?"));
  if (name === undefined) return undefined;
  const content = (node[name] ?? []) as OrderedNode[];
  return {
    name,
    attrs: (node[":@"] ?? {}) as Record<string, string>,
    children: content.map(toElement).filter((child): child is XmlElement => child !== undefined),
    text: content.map((child) => (typeof child["#text"] === "string" ? child["#text"] : "")).join(""),
  };
}

/** The document element of a well-formed XML text (check well-formedness with XMLValidator first). */
export function parseXml(xml: string): XmlElement {
  const root = (parser.parse(xml) as OrderedNode[]).map(toElement).find((element) => element !== undefined);
  if (!root) throw new Error("Document XML sans élément racine.");
  return root;
}

/** Every element of the tree, depth first, the root included. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}

export const child = (element: XmlElement, name: string): XmlElement | undefined => element.children.find((c) => c.name === name);
