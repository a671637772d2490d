/**
 * Text of a CSV as spreadsheets save it: UTF-8 with or without BOM, or Windows-1252 (« CSV (séparateur :
 * point-virgule) » of French Excel). The encoding is detected: bytes that are not valid UTF-8 are Windows-1252,
 * the only other encoding these files come in.
 */
export function decodeCsv(bytes: Uint8Array, head = false): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder("utf-8").decode(bytes.subarray(3));
  try {
    // A cut in the middle of a UTF-8 sequence (a sniffed head) is not a reason to fall back to Windows-1252.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: head });
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** Count of `separator` outside quotes, to pick the separator a header row uses. */
function countOutsideQuotes(line: string, separator: string): number {
  let quoted = false;
  let count = 0;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === separator) count++;
  }
  return count;
}

/** `;` (French Excel) or `,` (English Excel, open data), whichever the line uses more. */
export function detectSeparator(line: string): ";" | "," {
  return countOutsideQuotes(line, ",") > countOutsideQuotes(line, ";") ? "," : ";";
}

/** Splits one record; fields may be quoted ("…;…" and "" for a quote). Returns undefined on an unclosed quote. */
export function splitCsvLine(line: string, separator: string): string[] | undefined {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === separator) {
      fields.push(field);
      field = "";
    } else field += c;
  }
  if (quoted) return undefined;
  fields.push(field);
  return fields;
}
