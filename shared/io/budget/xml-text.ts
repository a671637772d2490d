import { BudgetReadError } from "./errors";

const DECLARATION = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;
/** The XML declaration, when there is one, is within the first bytes. */
const HEAD = 200;

/** Maps the encodings budget flows declare to WHATWG labels; ODM flows are ISO-8859-1 or UTF-8. */
function decoderLabel(declared: string): string | undefined {
  const name = declared.toLowerCase();
  if (name === "utf-8" || name === "utf8") return "utf-8";
  if (["iso-8859-1", "iso8859-1", "latin1", "latin-1", "windows-1252", "cp1252"].includes(name)) return "windows-1252";
  if (name === "iso-8859-15") return "iso-8859-15";
  return undefined;
}

/**
 * Decodes an XML flow chunk by chunk as its declaration says (UTF-8 when it says nothing). A UTF-8 file with
 * invalid bytes is refused rather than read with replacement characters: natures and amounts must not be
 * silently altered.
 */
export class XmlTextStream {
  private decoder: TextDecoder | undefined;
  private declared = "UTF-8";
  private head: Uint8Array = new Uint8Array(0);
  private first = true;

  constructor(private readonly file: string) {}

  decode(chunk: Uint8Array): string {
    if (!this.decoder) {
      const head = new Uint8Array(this.head.length + chunk.length);
      head.set(this.head);
      head.set(chunk, this.head.length);
      if (head.length < HEAD) {
        this.head = head;
        return "";
      }
      this.head = new Uint8Array(0);
      this.start(head);
      return this.run(head, true);
    }
    return this.run(chunk, true);
  }

  end(): string {
    if (!this.decoder) {
      this.start(this.head);
      return this.run(this.head, false);
    }
    return this.run(new Uint8Array(0), false);
  }

  private start(head: Uint8Array): void {
    const ascii = String.fromCharCode(...head.subarray(0, HEAD));
    this.declared = DECLARATION.exec(ascii)?.[1] ?? "UTF-8";
    const label = decoderLabel(this.declared);
    if (!label)
      throw new BudgetReadError(
        `${this.file} : encodage « ${this.declared} » non pris en charge (ISO-8859-1 ou UTF-8 attendu).`,
      );
    this.decoder = new TextDecoder(label, { fatal: true, ignoreBOM: false });
  }

  private run(bytes: Uint8Array, stream: boolean): string {
    try {
      let text = (this.decoder as TextDecoder).decode(bytes, { stream });
      if (this.first && text !== "") {
        this.first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      return text;
    } catch {
      throw new BudgetReadError(
        `${this.file} : le fichier n'est pas encodé en ${this.declared} comme il le déclare (octets invalides).`,
      );
    }
  }
}

/** A whole XML file's text (the nomenclature generator reads plans this way). */
export function decodeXml(bytes: Uint8Array, file: string): string {
  const stream = new XmlTextStream(file);
  return stream.decode(bytes) + stream.end();
}
