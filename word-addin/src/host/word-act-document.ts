import type {
  ActDocument,
  ActParagraph,
  ClauseInsertion,
  InsertedClause,
  InsertedValues,
} from "@shared/ports/act-document";
import { BLANK_FIELD } from "@shared/domain/acts/clauses";
import { clauseTag, parseClauseTag } from "./clause-tag";

function lines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** Office.js removes a highlight when set to null, which its typings (string) do not say. */
type Highlightable = { font: { highlightColor: string | null } };

/**
 * A line as a new paragraph after `anchor`: each empty field (BLANK_FIELD) highlighted in yellow, the text around it
 * explicitly not (text added at the end of a range takes its formatting). Only queues commands: no sync.
 */
function insertLine(anchor: Word.Range | Word.Paragraph, line: string): Word.Paragraph {
  if (!line.includes(BLANK_FIELD)) return anchor.insertParagraph(line, "After");
  const paragraph = anchor.insertParagraph("", "After");
  writeWithBlanks(paragraph, line, "End");
  return paragraph;
}

/**
 * Writes `text` into `target` (at its end, or replacing what it holds), each empty field highlighted in yellow and
 * the text around it explicitly not. Only queues commands: no sync.
 */
function writeWithBlanks(target: Word.Paragraph | Word.ContentControl, text: string, first: "End" | "Replace"): void {
  text.split(BLANK_FIELD).forEach((piece, i) => {
    if (i > 0) (target.insertText(BLANK_FIELD, "End") as Highlightable).font.highlightColor = "Yellow";
    // Replacing writes the first piece even when empty: it is what clears the old text.
    if (piece !== "" || (i === 0 && first === "Replace"))
      (target.insertText(piece, i === 0 ? first : "End") as Highlightable).font.highlightColor = null;
  });
}

const valuesKey = (clauseId: string) => `mairie:valeurs:${clauseId}`;

/**
 * The values of each clause go to the document settings (saved inside the .docx, no context.sync): a content
 * control's tag is too short for them and its title is shown to the secretary. One set per clause id.
 */
function keepValues(clauses: readonly ClauseInsertion[]): Promise<void> {
  const settings = Office.context.document.settings;
  const kept = clauses.filter((c) => c.values !== undefined);
  if (kept.length === 0) return Promise.resolve();
  for (const clause of kept) settings.set(valuesKey(clause.clauseId), clause.values);
  // A failed save only loses the prefill of a later update, never the inserted text: it is not reported.
  return new Promise((resolve) => settings.saveAsync(() => resolve()));
}

function keptValues(clauseId: string): InsertedValues | undefined {
  const value: unknown = Office.context.document.settings.get(valuesKey(clauseId));
  return typeof value === "object" && value !== null ? (value as InsertedValues) : undefined;
}

/**
 * The act open in Word. Every action queues its whole work and syncs a fixed number of times (one or two),
 * whatever the length of the document: loops only queue commands, they never sync or load.
 */
export const wordActDocument: ActDocument = {
  readParagraphs: () =>
    Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      return paragraphs.items.map((p, index): ActParagraph => ({ index, text: p.text }));
    }),

  insertClauses: (clauses: readonly ClauseInsertion[]) =>
    Word.run(async (context) => {
      // Each line becomes a paragraph after the previous one; the clause's paragraphs are then wrapped in one
      // tagged content control. insertText is used, never insertHtml/insertOoxml: user text stays text.
      let anchor: Word.Range | Word.Paragraph = context.document.getSelection();
      for (const clause of clauses) {
        const inserted = lines(clause.text).map((line) => (anchor = insertLine(anchor, line)));
        const first = inserted[0];
        const last = inserted[inserted.length - 1];
        if (!first || !last) continue;
        const control = first.getRange("Start").expandTo(last.getRange("End")).insertContentControl();
        control.tag = clauseTag(clause.clauseId, clause.version);
        control.title = clause.title;
        control.appearance = "BoundingBox";
      }
      await context.sync();
      await keepValues(clauses);
    }),

  listInsertedClauses: () =>
    Word.run(async (context) => {
      const controls = context.document.contentControls;
      controls.load("items/tag,items/text");
      await context.sync();
      return controls.items.flatMap((control): InsertedClause[] => {
        const parsed = parseClauseTag(control.tag);
        if (!parsed) return [];
        const values = keptValues(parsed.clauseId);
        return [{ ...parsed, text: control.text, ...(values ? { values } : {}) }];
      });
    }),

  replaceClause: (clause: ClauseInsertion) =>
    Word.run(async (context) => {
      const controls = context.document.contentControls;
      controls.load("items/tag");
      await context.sync();
      const targets = controls.items.filter((c) => parseClauseTag(c.tag)?.clauseId === clause.clauseId);
      for (const control of targets) {
        // The new text, its empty fields highlighted as at insertion (queued: no sync in the loop).
        writeWithBlanks(control, clause.text, "Replace");
        control.tag = clauseTag(clause.clauseId, clause.version);
      }
      await context.sync();
      await keepValues([clause]);
      return targets.length;
    }),

  selectParagraph: (index: number) =>
    Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items");
      await context.sync();
      paragraphs.items[index]?.select("Select");
      await context.sync();
    }),
};
