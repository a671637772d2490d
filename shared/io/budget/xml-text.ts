import { BudgetReadError } from "./errors";

const DECLARATION = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

/** Maps the encodings budget flows declare to WHATWG labels; ODM flows are ISO-8859-1 or UTF-8. */
function decoderLabel(declared: string): string | undefined {
  const name = declared.toLowerCase();
  if (name === "utf-8" || name === "utf8") return "utf-8";
  if (["iso-8859-1", "iso8859-1", "latin1", "latin-1", "windows-1252", "cp1252"].includes(name)) return "windows-1252";
  if (name === "iso-8859-15") return "iso-8859-15";
  return undefined;
}

/**
 * Decodes an XML file as its declaration says (UTF-8 when it says nothing). A UTF-8 file with invalid bytes is
 * refused rather than read with replacement characters: natures and amounts must not be silently altered.
 */
export function decodeXml(bytes: Uint8Array, fileLabel: string): string {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const declared = DECLARATION.exec(head)?.[1] ?? "UTF-8";
  const label = decoderLabel(declared);
  if (!label)
    throw new BudgetReadError(
      `${fileLabel} : encodage « ${declared} » non pris en charge (ISO-8859-1 ou UTF-8 attendu).`,
    );
  try {
    const text = new TextDecoder(label, { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new BudgetReadError(
      `${fileLabel} : le fichier n'est pas encodé en ${declared} comme il le déclare (octets invalides).`,
    );
  }
}
