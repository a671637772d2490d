import type {
  ActDocument,
  ActParagraph,
  ClauseInsertion,
  InsertedClause,
  InsertedValues,
} from "@shared/ports/act-document";
import { Observable } from "./observable";

/** A paragraph of the simulated document; `clause` marks the ones inside a tagged content control. */
export interface PreviewParagraph {
  readonly text: string;
  readonly clause?: { readonly id: string; readonly version: number };
}

export interface PreviewDocumentState {
  readonly paragraphs: readonly PreviewParagraph[];
  /** Index before which the next insertion goes: the simulated cursor. */
  readonly cursor: number;
  readonly selected: number | null;
}

/** The Word document simulated in the page, for the browser preview and for tests without Office. */
export class PreviewActDocument extends Observable<PreviewDocumentState> implements ActDocument {
  /** Like Word's document settings: the values last used for each clause id. */
  private readonly values = new Map<string, InsertedValues>();

  constructor(initialText = "") {
    const paragraphs = initialText === "" ? [] : initialText.split(/\r?\n/).map((text) => ({ text }));
    super({ paragraphs, cursor: paragraphs.length, selected: null });
  }

  async readParagraphs(): Promise<ActParagraph[]> {
    return this.snapshot().paragraphs.map((p, index) => ({ index, text: p.text }));
  }

  async insertClauses(clauses: readonly ClauseInsertion[]): Promise<void> {
    const { paragraphs, cursor } = this.snapshot();
    clauses.forEach((c) => this.keepValues(c));
    const inserted = clauses.flatMap((c) =>
      c.text.split(/\r?\n/).map((text) => ({ text, clause: { id: c.clauseId, version: c.version } })),
    );
    this.publish({
      paragraphs: [...paragraphs.slice(0, cursor), ...inserted, ...paragraphs.slice(cursor)],
      cursor: cursor + inserted.length,
      selected: null,
    });
  }

  async listInsertedClauses(): Promise<InsertedClause[]> {
    const found = new Map<string, InsertedClause>();
    for (const p of this.snapshot().paragraphs) {
      if (!p.clause) continue;
      const key = `${p.clause.id}@${p.clause.version}`;
      const previous = found.get(key);
      const values = this.values.get(p.clause.id);
      const text = previous ? `${previous.text}\n${p.text}` : p.text;
      found.set(key, { clauseId: p.clause.id, version: p.clause.version, text, ...(values ? { values } : {}) });
    }
    return [...found.values()];
  }

  async replaceClause(clause: ClauseInsertion): Promise<number> {
    const state = this.snapshot();
    this.keepValues(clause);
    const next: PreviewParagraph[] = [];
    let replaced = 0;
    let inRun = false;
    for (const p of state.paragraphs) {
      if (p.clause?.id === clause.clauseId) {
        // A clause spans consecutive paragraphs: replace the run once, where it starts.
        if (!inRun) {
          replaced++;
          next.push(
            ...clause.text
              .split(/\r?\n/)
              .map((text) => ({ text, clause: { id: clause.clauseId, version: clause.version } })),
          );
        }
        inRun = true;
      } else {
        inRun = false;
        next.push(p);
      }
    }
    this.publish({ paragraphs: next, cursor: Math.min(state.cursor, next.length), selected: null });
    return replaced;
  }

  private keepValues(clause: ClauseInsertion): void {
    if (clause.values) this.values.set(clause.clauseId, clause.values);
  }

  async selectParagraph(index: number): Promise<void> {
    this.publish({ ...this.snapshot(), selected: index });
  }

  /** Lets the preview user place the simulated cursor after a paragraph. */
  moveCursor(index: number): void {
    const state = this.snapshot();
    this.publish({ ...state, cursor: Math.max(0, Math.min(index, state.paragraphs.length)) });
  }

  /** Lets the preview user type or paste a whole act into the simulated document. */
  setText(text: string): void {
    const paragraphs = text === "" ? [] : text.split(/\r?\n/).map((t) => ({ text: t }));
    this.publish({ paragraphs, cursor: paragraphs.length, selected: null });
  }
}
