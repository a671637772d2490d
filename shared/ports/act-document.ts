/** One paragraph of the open act, as plain text. */
export interface ActParagraph {
  readonly index: number;
  readonly text: string;
}

/** The values a clause was rendered with (JSON-serialisable), kept so that an update can be prefilled. */
export type InsertedValues = Readonly<Record<string, unknown>>;

/** A clause the add-in inserted, found again through its content control tag. */
export interface InsertedClause {
  readonly clauseId: string;
  readonly version: number;
  readonly text: string;
  /** The values last used for this clause id in the document, when the host kept them. */
  readonly values?: InsertedValues;
}

/** What is inserted: already rendered plain text, never markup. */
export interface ClauseInsertion {
  readonly clauseId: string;
  readonly version: number;
  readonly title: string;
  readonly text: string;
  readonly values?: InsertedValues;
}

/**
 * The act open in the host, seen as domain data. Implemented by Word (Office.js) and by the in-page preview.
 * Every method is one host action with a constant number of round trips.
 */
export interface ActDocument {
  readParagraphs(): Promise<ActParagraph[]>;
  /**
   * Inserts each clause at the cursor, in order, each in its own tagged content control; the values are kept with
   * the document, one set per clause id (the last inserted wins).
   */
  insertClauses(clauses: readonly ClauseInsertion[]): Promise<void>;
  listInsertedClauses(): Promise<InsertedClause[]>;
  /** Replaces the text of every inserted clause with this id by its new version. */
  replaceClause(clause: ClauseInsertion): Promise<number>;
  /** Selects a paragraph so the secretary sees the passage a finding concerns. */
  selectParagraph(index: number): Promise<void>;
}
