import type { TextPart } from "./model";

/** Long lines (a whole .docx paragraph, or junk without line breaks) are only inspected up to this length. */
export const MAX_INSPECTED = 4000;

/** One line of the act, folded and trimmed, with the offset of its first inspected character. */
export interface LineView {
  /** 1-based line number. */
  readonly no: number;
  /** Folded, trimmed and capped content. */
  readonly f: string;
  /** Offset of `f[0]` in the source text. */
  readonly at: number;
}

export function lineViews(folded: string, lines: readonly { start: number; end: number }[]): LineView[] {
  return lines.map(({ start, end }, i) => {
    const raw = folded.slice(start, Math.min(end, start + MAX_INSPECTED));
    const lead = raw.length - raw.trimStart().length;
    return { no: i + 1, f: raw.trim(), at: start + lead };
  });
}

/** Splits on \n, \r\n and \r, keeping offsets. */
export function splitLines(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    lines.push({ start, end: i });
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** The source passage between two offsets of a line, trimmed, as a located part. */
export function partOf(text: string, line: LineView, from: number, to: number): TextPart {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  return { line: line.no, start: from + lead, end: from + lead + body.length, text: body };
}

/** The rest of a line from a position of its folded view to the end of the inspected content. */
export function restOf(text: string, line: LineView, index = 0): TextPart {
  return partOf(text, line, line.at + index, line.at + line.f.length);
}
