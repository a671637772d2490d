import JSZip from "jszip";
import { documentXmlParagraphs } from "./document-xml";

/** A .docx that cannot be read (not a zip, no main document). The message is French; the CLI exits with 2. */
export class DocxReadError extends Error {
  override readonly name = "DocxReadError";
}

/** The paragraphs of word/document.xml, in order, as plain text. */
export async function readDocxParagraphs(bytes: Uint8Array, fileLabel: string): Promise<string[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new DocxReadError(`${fileLabel} : ce n'est pas un document Word (.docx) lisible.`);
  }
  const document = zip.file("word/document.xml");
  if (!document)
    throw new DocxReadError(`${fileLabel} : document Word sans contenu principal (word/document.xml absent).`);
  let xml: string;
  try {
    xml = await document.async("string");
  } catch {
    // The archive's directory can be intact while the compressed data is damaged (checksum or size mismatch).
    throw new DocxReadError(`${fileLabel} : document Word endommagé (word/document.xml illisible).`);
  }
  return documentXmlParagraphs(xml);
}

/** The document as text, one line a paragraph: line numbers of findings are paragraph numbers. */
export async function readDocxText(bytes: Uint8Array, fileLabel: string): Promise<string> {
  // A w:br inside a paragraph would shift every following line number: keep one line per paragraph.
  return (await readDocxParagraphs(bytes, fileLabel)).map((p) => p.replace(/\n/g, " ")).join("\n");
}
