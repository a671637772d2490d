/**
 * The paragraphs of a WordprocessingML body as plain text: w:t runs joined, w:tab as a tab, w:br and w:cr as
 * line breaks inside the paragraph, one string per w:p. Deleted text (w:delText) and field codes (w:instrText)
 * are not w:t and are left out. A single linear scan over the tags: no DOM, no HTML.
 */
const TOKEN = /<(\/?)(w:p|w:t|w:tab|w:br|w:cr)(?=[\s/>])[^>]*>|<[^>]*>|[^<]+/g;

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Control characters (C0 but tab and line breaks, DEL, C1) from a file never reach a terminal or the task pane:
 * an escape sequence in a document could otherwise rewrite the CLI's output.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export const withoutControlCharacters = (text: string): string => text.replace(CONTROL, "");

/** A reference beyond U+10FFFF names no character: it is kept as written rather than thrown on. */
const character = (code: number, whole: string) => (code <= 0x10ffff ? String.fromCodePoint(code) : whole);

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-z]{2,4});/g, (whole, name: string) => {
    if (name.startsWith("#x")) return character(Number.parseInt(name.slice(2), 16), whole);
    if (name.startsWith("#")) return character(Number(name.slice(1)), whole);
    return ENTITIES[name] ?? whole;
  });
}

export function documentXmlParagraphs(xml: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] | undefined;
  let inText = false;
  for (const m of xml.matchAll(TOKEN)) {
    const [token, closing, tag] = m;
    if (tag === undefined) {
      if (inText && current && !token.startsWith("<")) current.push(decodeEntities(token));
      continue;
    }
    const selfClosing = token.endsWith("/>");
    if (tag === "w:p") {
      if (closing) {
        paragraphs.push(withoutControlCharacters((current ?? []).join("")));
        current = undefined;
      } else {
        current = [];
        if (selfClosing) {
          paragraphs.push("");
          current = undefined;
        }
      }
    } else if (tag === "w:t") {
      inText = !closing && !selfClosing;
    } else if (!closing && current) {
      current.push(tag === "w:tab" ? "\t" : "\n");
    }
  }
  return paragraphs;
}
