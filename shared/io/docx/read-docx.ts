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

const MEGABYTE = 1024 * 1024;
/** The end of central directory record closes every zip; it sits in the last 64 KiB + 22 bytes. */
const END_OF_CENTRAL_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const LOCAL_FILE_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** A zip that starts like one but has lost its end: the usual sign of a download or copy cut short. */
function isTruncatedZip(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!buffer.subarray(0, 4).equals(LOCAL_FILE_HEADER)) return false;
  return buffer.subarray(Math.max(0, buffer.length - 65_557)).lastIndexOf(END_OF_CENTRAL_DIRECTORY) === -1;
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
        resolve(Buffer.concat(chunks).toString("utf8"));
      })
      .resume();
  });
}

/** The paragraphs of word/document.xml, in order, as plain text. */
export async function readDocxParagraphs(bytes: Uint8Array, fileLabel: string): Promise<string[]> {
  if (bytes.byteLength > MAX_DOCX_BYTES)
    throw new DocxReadError(
      `${fileLabel} : fichier trop volumineux (${bytes.byteLength} octets ; un document Word lu ici fait au plus ${MAX_DOCX_BYTES / MEGABYTE} Mo).`,
    );
  if (isTruncatedZip(bytes))
    throw new DocxReadError(
      `${fileLabel} : fichier tronqué à l'octet ${bytes.byteLength} (la fin de l'archive .docx manque ; copie ou téléchargement interrompu ?).`,
    );
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new DocxReadError(`${fileLabel} : ce n'est pas un document Word (.docx) lisible.`);
  }
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
