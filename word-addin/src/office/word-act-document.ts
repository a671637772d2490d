import type { ActDocument, ActParagraph, ClauseInsertion, InsertedClause } from "../../../shared/ports/act-document";
import { clauseTag, parseClauseTag } from "./clause-tag";

function lines(text: string): string[] {
  return text.split(/\r?\n/);
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
        const inserted = lines(clause.text).map((line) => (anchor = anchor.insertParagraph(line, "After")));
        const first = inserted[0];
        const last = inserted[inserted.length - 1];
        if (!first || !last) continue;
        const control = first.getRange("Start").expandTo(last.getRange("End")).insertContentControl();
        control.tag = clauseTag(clause.clauseId, clause.version);
        control.title = clause.title;
        control.appearance = "BoundingBox";
      }
      await context.sync();
    }),

  listInsertedClauses: () =>
    Word.run(async (context) => {
      const controls = context.document.contentControls;
      controls.load("items/tag,items/text");
      await context.sync();
      return controls.items.flatMap((control): InsertedClause[] => {
        const parsed = parseClauseTag(control.tag);
        return parsed ? [{ ...parsed, text: control.text }] : [];
      });
    }),

  replaceClause: (clause: ClauseInsertion) =>
    Word.run(async (context) => {
      const controls = context.document.contentControls;
      controls.load("items/tag");
      await context.sync();
      const targets = controls.items.filter((c) => parseClauseTag(c.tag)?.clauseId === clause.clauseId);
      for (const control of targets) {
        control.insertText(clause.text, "Replace");
        control.tag = clauseTag(clause.clauseId, clause.version);
      }
      await context.sync();
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
