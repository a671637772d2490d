import JSZip from "jszip";
import { documentXmlParagraphs } from "./document-xml";

/** A .docx that cannot be read (not a zip, no main document). The message is French; the CLI exits with 2. */
export class DocxReadError extends Error {
  override readonly name = "DocxReadError";
}

/** The largest .docx read: a long délibération with its images is a few megabytes. */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;
/** The largest word/document.xml once inflated: a 100-page act is under 1 MB of XML. */
export const MAX_DOCUMENT_XML_BYTES = 32 * 1024 * 1024;

/** docProps/custom.xml holds a few named values: far below this. */
const MAX_CUSTOM_XML_BYTES = 1024 * 1024;

const MEGABYTE = 1024 * 1024;
/** The end of central directory record closes every zip; it sits in the last 64 KiB + 22 bytes. */
const END_OF_CENTRAL_DIRECTORY = [0x50, 0x4b, 0x05, 0x06];
const LOCAL_FILE_HEADER = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, at: number, signature: readonly number[]): boolean =>
  signature.every((byte, i) => bytes[at + i] === byte);

/**
 * A zip that starts like one but has lost its end: the usual sign of a download or copy cut short. Plain bytes
 * (no Node Buffer): the Word pane's preview reads generated documents in the browser.
 */
function isTruncatedZip(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, 0, LOCAL_FILE_HEADER)) return false;
  for (let at = bytes.length - END_OF_CENTRAL_DIRECTORY.length; at >= Math.max(0, bytes.length - 65_557); at--)
    if (startsWith(bytes, at, END_OF_CENTRAL_DIRECTORY)) return false;
  return true;
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.length;
  }
  return all;
}

/** The part JSZip streams while inflating (public at runtime since JSZip 3, absent from its typings). */
interface StreamingZipObject {
  internalStream(type: "uint8array"): JSZip.JSZipStreamHelper<Uint8Array>;
}

/**
 * Inflates one part, counting bytes as they come out: a zip bomb (a small file that inflates to gigabytes) is
 * stopped at the limit instead of filling memory.
 */
function inflateBounded(part: JSZip.JSZipObject, limit: number, tooLarge: () => Error): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const stream = (part as unknown as StreamingZipObject).internalStream("uint8array");
    stream
      .on("data", (chunk) => {
        size += chunk.length;
        if (size > limit) {
          stream.pause();
          reject(tooLarge());
          return;
        }
        chunks.push(chunk);
      })
      .on("error", reject)
      .on("end", () => {
        resolve(new TextDecoder("utf-8").decode(concat(chunks, size)));
      })
      .resume();
  });
}

/** The archive, once its size and its end are checked. */
async function openDocx(bytes: Uint8Array, fileLabel: string): Promise<JSZip> {
  if (bytes.byteLength > MAX_DOCX_BYTES)
    throw new DocxReadError(
      `${fileLabel} : fichier trop volumineux (${bytes.byteLength} octets ; un document Word lu ici fait au plus ${MAX_DOCX_BYTES / MEGABYTE} Mo).`,
    );
  if (isTruncatedZip(bytes))
    throw new DocxReadError(
      `${fileLabel} : fichier tronqué à l'octet ${bytes.byteLength} (la fin de l'archive .docx manque ; copie ou téléchargement interrompu ?).`,
    );
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    throw new DocxReadError(`${fileLabel} : ce n'est pas un document Word (.docx) lisible.`);
  }
}

/** The paragraphs of word/document.xml, in order, as plain text. */
export async function readDocxParagraphs(bytes: Uint8Array, fileLabel: string): Promise<string[]> {
  const zip = await openDocx(bytes, fileLabel);
  const document = zip.file("word/document.xml");
  if (!document)
    throw new DocxReadError(`${fileLabel} : document Word sans contenu principal (word/document.xml absent).`);
  const tooLarge = () =>
    new DocxReadError(
      `${fileLabel} : contenu trop volumineux une fois décompressé (word/document.xml dépasse ${MAX_DOCUMENT_XML_BYTES / MEGABYTE} Mo ; archive piégée ?).`,
    );
  let xml: string;
  try {
    xml = await inflateBounded(document, MAX_DOCUMENT_XML_BYTES, tooLarge);
  } catch (error) {
    if (error instanceof DocxReadError) throw error;
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

const PROPERTY = /<property\b[^>]*?\bname="([^"]{1,255})"[^>]*>\s*<vt:\w+>([^<]{0,1000})<\/vt:\w+>/g;
const unescapeXml = (text: string): string =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/**
 * The document's custom properties (docProps/custom.xml: File > Properties > Custom), as Word gives them to an
 * add-in: what séance and point a generated document belongs to. None when the part is absent.
 */
export async function readDocxCustomProperties(
  bytes: Uint8Array,
  fileLabel: string,
): Promise<{ key: string; value: string }[]> {
  const zip = await openDocx(bytes, fileLabel);
  const part = zip.file("docProps/custom.xml");
  if (!part) return [];
  const tooLarge = () =>
    new DocxReadError(`${fileLabel} : propriétés personnalisées trop volumineuses (docProps/custom.xml).`);
  const xml = await inflateBounded(part, MAX_CUSTOM_XML_BYTES, tooLarge);
  return [...xml.matchAll(PROPERTY)].map((m) => ({ key: unescapeXml(m[1] ?? ""), value: unescapeXml(m[2] ?? "") }));
}
