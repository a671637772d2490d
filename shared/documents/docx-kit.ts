import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HighlightColor,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type IRunOptions,
  WidthType,
} from "docx";
import type { DocumentKind } from "@shared/data/drive/library-columns";
import { PROPERTY_POINT, PROPERTY_SEANCE } from "@shared/ports/seance-link";
import { BLANK_FIELD } from "@shared/domain/acts/clauses";
import { frenchTypography } from "./typography";

/**
 * The documents' few building blocks and their one rendering to .docx: the generators describe content, this file
 * decides how it looks (the commune's letterhead, French typography, draft marking, empty highlighted fields).
 */

/** A value no record provides: an empty, highlighted field for the secretary to fill (and the checker to report). */
export interface Blank {
  readonly blank: string;
}
export type Inline = string | Blank | { readonly strong: string };

export type Block =
  | { readonly kind: "title"; readonly text: string }
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "para"; readonly inlines: readonly Inline[]; readonly align?: "right" | "center" }
  | { readonly kind: "table"; readonly header: readonly string[]; readonly rows: readonly (readonly Inline[])[] }
  | { readonly kind: "signatures"; readonly people: readonly { readonly role: string; readonly name: Inline }[] };

/** Custom document properties: what séance and point a document belongs to, read back by the Word pane. */
export const PROPERTY_KIND = "MairieDocument";

export interface DocumentSpec {
  readonly title: string;
  readonly kind: DocumentKind;
  readonly seanceId: string;
  readonly pointId?: string;
  /** A projet: marked « PROJET » on every page. */
  readonly draft: boolean;
  readonly letterhead: readonly string[];
  readonly blocks: readonly Block[];
}

export const blank = (label: string): Blank => ({ blank: label });
export const para = (...inlines: Inline[]): Block => ({ kind: "para", inlines });
export const isBlank = (inline: Inline): inline is Blank => typeof inline === "object" && "blank" in inline;

/** A value, or the blank that stands for it. */
export const valueOr = (value: string | number | undefined, label: string): Inline =>
  value === undefined || value === "" ? blank(label) : String(value);

/** Typed apart: TextRun also takes a string, whose deprecated String.prototype.bold the linter would see. */
function run(options: IRunOptions): TextRun {
  return new TextRun(options);
}
const FONT = "Arial";

function runs(inlines: readonly Inline[]): TextRun[] {
  return inlines.map((inline) => {
    if (typeof inline === "string") return new TextRun(frenchTypography(inline));
    if ("strong" in inline) return run({ text: frenchTypography(inline.strong), bold: true });
    return run({ text: BLANK_FIELD, highlight: HighlightColor.YELLOW });
  });
}

/** Each line of a text is a paragraph of its own, as Word and the act reader count them. */
function paragraphs(inlines: readonly Inline[], align?: "right" | "center"): Paragraph[] {
  const lines: Inline[][] = [[]];
  for (const inline of inlines) {
    if (typeof inline !== "string") {
      lines.at(-1)?.push(inline);
      continue;
    }
    inline.split("\n").forEach((piece, index) => {
      if (index > 0) lines.push([]);
      if (piece) lines.at(-1)?.push(piece);
    });
  }
  const alignment =
    align === "right" ? AlignmentType.RIGHT : align === "center" ? AlignmentType.CENTER : AlignmentType.JUSTIFIED;
  return lines.map((line) => new Paragraph({ children: runs(line), alignment, spacing: { after: 80 } }));
}

const cell = (inlines: readonly Inline[], bold = false) =>
  new TableCell({
    children: [
      new Paragraph({
        children: bold ? runs(inlines.map((i) => (typeof i === "string" ? { strong: i } : i))) : runs(inlines),
      }),
    ],
  });

function render(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case "title":
      return [
        new Paragraph({
          children: [run({ text: frenchTypography(block.text), bold: true, size: 28 })],
          alignment: AlignmentType.CENTER,
          spacing: { before: 240, after: 240 },
        }),
      ];
    case "heading":
      return [
        new Paragraph({
          children: [run({ text: frenchTypography(block.text), bold: true })],
          spacing: { before: 200, after: 100 },
        }),
      ];
    case "para":
      return paragraphs(block.inlines, block.align);
    case "table":
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ children: block.header.map((h) => cell([h], true)), tableHeader: true }),
            ...block.rows.map((row) => new TableRow({ children: row.map((c) => cell([c])) })),
          ],
        }),
      ];
    case "signatures":
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: {
            top: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
            bottom: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
            left: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
            right: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
            insideHorizontal: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
            insideVertical: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
          },
          rows: [
            new TableRow({ children: block.people.map((p) => cell([p.role], true)) }),
            new TableRow({ children: block.people.map((p) => cell([p.name])) }),
          ],
        }),
      ];
  }
}

/** The .docx bytes of a document: the same in the browser and in Node. */
export async function renderDocx(spec: DocumentSpec): Promise<Uint8Array> {
  const header = new Header({
    children: [
      ...spec.letterhead.map(
        (line, index) =>
          new Paragraph({
            children: [run({ text: frenchTypography(line), bold: index === 0, size: index === 0 ? 22 : 18 })],
          }),
      ),
      ...(spec.draft
        ? [
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              children: [run({ text: "PROJET — document de travail, non adopté", bold: true, color: "C00000" })],
            }),
          ]
        : []),
    ],
  });
  const document = new Document({
    creator: "mairie-suite",
    title: frenchTypography(spec.title),
    customProperties: [
      { name: PROPERTY_SEANCE, value: spec.seanceId },
      ...(spec.pointId ? [{ name: PROPERTY_POINT, value: spec.pointId }] : []),
      { name: PROPERTY_KIND, value: spec.kind },
    ],
    styles: { default: { document: { run: { font: FONT, size: 22, language: { value: "fr-FR" } } } } },
    sections: [{ headers: { default: header }, children: spec.blocks.flatMap(render) }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
