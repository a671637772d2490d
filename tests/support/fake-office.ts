/**
 * A small fake of the Word and Excel object models, strict about what matters to us: a property read before
 * load() + sync() throws like the real API ("property was not loaded"), and every sync is counted.
 */

export class SyncCounter {
  count = 0;
  private pending: (() => void)[] = [];
  queueLoad(apply: () => void): void {
    this.pending.push(apply);
  }
  sync = async (): Promise<void> => {
    this.count++;
    const work = this.pending;
    this.pending = [];
    work.forEach((apply) => apply());
  };
}

class Loadable<T> {
  private loaded = false;
  constructor(
    private readonly counter: SyncCounter,
    private readonly read: () => T,
  ) {}
  load(): this {
    this.counter.queueLoad(() => (this.loaded = true));
    return this;
  }
  protected value(): T {
    if (!this.loaded) throw new Error("Error, property was not loaded");
    return this.read();
  }
}

// ---- Word ------------------------------------------------------------------------------------------------

export interface FakeWordState {
  paragraphs: string[];
  controls: { tag: string; title: string; text: string; start: number; end: number }[];
  selection: number;
  selected: number | null;
  htmlInsertions: number;
  /** Office.context.document.settings, saved with the document by saveAsync. */
  settings: Map<string, unknown>;
  /** The document's custom properties (File > Properties > Custom). */
  customProperties: { key: string; value: unknown }[];
  /** Runs given a highlight colour (null: highlight removed), by paragraph index, in order. */
  highlights: { paragraph: number; text: string; color: string | null }[];
}

class FakeWordParagraph {
  constructor(
    private readonly doc: FakeWordState,
    public index: number,
  ) {}
  get text(): string {
    return this.doc.paragraphs[this.index] ?? "";
  }
  insertParagraph(text: string, where: "After" | "Before"): FakeWordParagraph {
    const at = where === "After" ? this.index + 1 : this.index;
    this.doc.paragraphs.splice(at, 0, text);
    for (const c of this.doc.controls) {
      if (c.start >= at) c.start++;
      if (c.end >= at) c.end++;
    }
    return new FakeWordParagraph(this.doc, at);
  }
  getRange(): FakeWordRange {
    return new FakeWordRange(this.doc, this.index, this.index);
  }
  select(): void {
    this.doc.selected = this.index;
  }
  /** Text added at the end of the paragraph; the returned range's highlight colour is recorded when set. */
  insertText(text: string, where: string) {
    if (where !== "End") throw new Error(`insertText ${where} non simulé`);
    this.doc.paragraphs[this.index] = this.text + text;
    const { doc, index } = this;
    return {
      font: {
        set highlightColor(color: string | null) {
          doc.highlights.push({ paragraph: index, text, color });
        },
      },
    };
  }
  insertHtml(): void {
    this.doc.htmlInsertions++;
  }
}

class FakeWordRange {
  constructor(
    private readonly doc: FakeWordState,
    readonly start: number,
    readonly end: number,
  ) {}
  expandTo(other: FakeWordRange): FakeWordRange {
    return new FakeWordRange(this.doc, this.start, other.end);
  }
  insertParagraph(text: string, where: "After" | "Before"): FakeWordParagraph {
    return new FakeWordParagraph(this.doc, where === "After" ? this.end : this.start).insertParagraph(text, where);
  }
  insertContentControl() {
    const control = { tag: "", title: "", text: "", start: this.start, end: this.end, appearance: "" };
    this.doc.controls.push(control);
    return control;
  }
}

export function installFakeWord(paragraphs: string[]): {
  state: FakeWordState;
  counter: SyncCounter;
  restore: () => void;
} {
  const state: FakeWordState = {
    paragraphs: [...paragraphs],
    controls: [],
    selection: Math.max(0, paragraphs.length - 1),
    selected: null,
    htmlInsertions: 0,
    settings: new Map(),
    customProperties: [],
    highlights: [],
  };
  const counter = new SyncCounter();
  const textOf = (c: FakeWordState["controls"][number]) => state.paragraphs.slice(c.start, c.end + 1).join("\n");
  class Paragraphs extends Loadable<FakeWordParagraph[]> {
    get items() {
      return this.value();
    }
  }
  class Properties extends Loadable<{ key: string; value: unknown }[]> {
    get items() {
      return this.value();
    }
  }
  class Controls extends Loadable<object[]> {
    get items() {
      return this.value();
    }
  }
  const controlView = (c: FakeWordState["controls"][number]) => ({
    get tag() {
      return c.tag;
    },
    set tag(v: string) {
      c.tag = v;
    },
    get text() {
      return textOf(c);
    },
    /** Replaces the control's text, or adds to its end; the returned range records its highlight colour. */
    insertText(text: string, where: string) {
      const lines = text.split("\n");
      if (where === "Replace") {
        state.paragraphs.splice(c.start, c.end - c.start + 1, ...lines);
        c.end = c.start + lines.length - 1;
      } else if (where === "End") {
        state.paragraphs[c.end] = (state.paragraphs[c.end] ?? "") + (lines[0] ?? "");
        state.paragraphs.splice(c.end + 1, 0, ...lines.slice(1));
        for (const other of state.controls.filter((o) => o !== c && o.start > c.end)) {
          other.start += lines.length - 1;
          other.end += lines.length - 1;
        }
        c.end += lines.length - 1;
      } else throw new Error(`insertText ${where} non simulé`);
      const paragraph = c.end;
      return {
        font: {
          set highlightColor(color: string | null) {
            state.highlights.push({ paragraph, text, color });
          },
        },
      };
    },
  });
  const context = {
    sync: counter.sync,
    document: {
      body: {
        paragraphs: new Paragraphs(counter, () => state.paragraphs.map((_t, i) => new FakeWordParagraph(state, i))),
      },
      contentControls: new Controls(counter, () => state.controls.map(controlView)),
      getSelection: () => new FakeWordRange(state, state.selection, state.selection),
      properties: { customProperties: new Properties(counter, () => state.customProperties) },
    },
  };
  const g = globalThis as { Word?: unknown; Office?: unknown };
  const previous = { Word: g.Word, Office: g.Office };
  g.Word = { run: async <T>(batch: (c: typeof context) => Promise<T>) => batch(context) };
  // As office.js after onReady: the requirement sets (sign-in asks for NestedAppAuth) and the document settings.
  g.Office = {
    context: { requirements: { isSetSupported: () => true }, document: { settings: settingsOf(state.settings) } },
  };
  return { state, counter, restore: () => Object.assign(g, previous) };
}

/** Office.context.document.settings over a map; values are copied through JSON as Office stores them. */
function settingsOf(store: Map<string, unknown>) {
  return {
    get: (key: string) => (store.has(key) ? (JSON.parse(JSON.stringify(store.get(key))) as unknown) : null),
    set: (key: string, value: unknown) => store.set(key, JSON.parse(JSON.stringify(value))),
    saveAsync: (callback: () => void) => callback(),
  };
}

// ---- Excel -----------------------------------------------------------------------------------------------

type ExcelValue = string | number | boolean;

export interface FakeExcelState {
  sheets: Map<string, ExcelValue[][]>;
  fills: Map<string, string>;
  /** Data-validation input messages (the adapter's notes on marked cells): "Budget!C2" → message. */
  prompts: Map<string, string>;
  /** Number formats written along with a sheet's values. */
  formats: Map<string, string[][]>;
  settings: Map<string, unknown>;
  selected: string | null;
  /** Rows of each block of values loaded, to see how a large sheet was read. */
  loadedBlocks: number[];
  /** Cells written one by one (writeCells): "Budget!I5" → value. */
  cells: Map<string, ExcelValue>;
  /** onChanged handlers by sheet; `change` fires them as Excel would after an edit. */
  handlers: Map<string, Set<(event: { address: string }) => Promise<void>>>;
}

class ItemNotFoundError extends Error {
  readonly code = "ItemNotFound";
}

const columnLetters = (count: number): string => {
  let name = "";
  for (let n = count; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name || "A";
};

/** Rows first..last (1-based) of a sheet's values, loaded like a range intersected with the used range. */
class FakeBlock extends Loadable<ExcelValue[][]> {
  constructor(
    counter: SyncCounter,
    read: () => ExcelValue[][],
    readonly isNullObject: boolean,
    private readonly onLoad: () => void,
  ) {
    super(counter, read);
  }
  override load(): this {
    this.onLoad();
    return super.load();
  }
  get values() {
    return this.value();
  }
}

class FakeUsedRange extends Loadable<ExcelValue[][]> {
  constructor(
    private readonly syncs: SyncCounter,
    private readonly state: FakeExcelState,
    private readonly sheet: string,
  ) {
    super(syncs, () => state.sheets.get(sheet) ?? []);
  }
  get isNullObject() {
    return (this.state.sheets.get(this.sheet) ?? []).length === 0;
  }
  get rowIndex() {
    this.value();
    return 0;
  }
  get rowCount() {
    return this.value().length;
  }
  get address() {
    const rows = this.value();
    return `${this.sheet}!A1:${columnLetters(Math.max(0, ...rows.map((r) => r.length)))}${rows.length}`;
  }
  /** The adapter intersects the used range with whole-row ranges ("1:20000"). */
  getIntersectionOrNullObject(other: { rows: readonly [number, number] }): FakeBlock {
    const [first, last] = other.rows;
    const slice = () => (this.state.sheets.get(this.sheet) ?? []).slice(first - 1, last);
    return new FakeBlock(this.syncs, slice, first > (this.state.sheets.get(this.sheet) ?? []).length, () =>
      this.syncs.queueLoad(() => this.state.loadedBlocks.push(slice().length)),
    );
  }
}

export function installFakeExcel(sheets: Record<string, ExcelValue[][]>): {
  state: FakeExcelState;
  counter: SyncCounter;
  restore: () => void;
} {
  const state: FakeExcelState = {
    sheets: new Map(Object.entries(sheets)),
    fills: new Map(),
    prompts: new Map(),
    formats: new Map(),
    settings: new Map(),
    selected: null,
    loadedBlocks: [],
    cells: new Map(),
    handlers: new Map(),
  };
  const counter = new SyncCounter();
  /** Like Excel, a batch naming a missing sheet fails as a whole at its sync. */
  const requireSheet = (name: string) => {
    if (!state.sheets.has(name))
      counter.queueLoad(() => {
        throw new ItemNotFoundError(`The requested resource doesn't exist (${name}).`);
      });
  };
  const rangeOf = (sheet: string, address: string) => ({
    format: {
      fill: {
        clear: () => state.fills.delete(`${sheet}!${address}`),
        set color(v: string) {
          state.fills.set(`${sheet}!${address}`, v);
        },
      },
    },
    dataValidation: {
      set prompt(p: { message: string; showPrompt: boolean }) {
        if (p.showPrompt) state.prompts.set(`${sheet}!${address}`, p.message);
        else state.prompts.delete(`${sheet}!${address}`);
      },
    },
    select: () => (state.selected = `${sheet}!${address}`),
    set numberFormat(_v: string[][]) {
      // Formats of single cells are not observed by the tests.
    },
    set values(v: ExcelValue[][]) {
      state.cells.set(`${sheet}!${address}`, v[0]?.[0] ?? "");
    },
    getResizedRange: () => ({
      set numberFormat(v: string[][]) {
        state.formats.set(sheet, v);
      },
      set values(v: ExcelValue[][]) {
        state.sheets.set(sheet, v);
      },
    }),
  });
  const worksheet = (name: string) => ({
    name,
    isNullObject: !state.sheets.has(name),
    getUsedRangeOrNullObject: () => new FakeUsedRange(counter, state, name),
    getRange: (address = "A1") => {
      const rows = /^(\d+):(\d+)$/.exec(address);
      // Assigned onto the range, not spread: its value setters must stay setters.
      return Object.assign(rangeOf(name, address), {
        rows: [Number(rows?.[1] ?? 1), Number(rows?.[2] ?? 1)] as const,
        clear: () => state.sheets.set(name, []),
      });
    },
    activate: () => undefined,
    onChanged: {
      add: (handler: (event: { address: string }) => Promise<void>) => {
        const set = state.handlers.get(name) ?? new Set();
        set.add(handler);
        state.handlers.set(name, set);
        return { context, remove: () => set.delete(handler) };
      },
    },
  });
  class Worksheets extends Loadable<{ name: string }[]> {
    get items() {
      return this.value();
    }
    getItem = (name: string) => {
      requireSheet(name);
      return worksheet(name);
    };
    getItemOrNullObject = (name: string) => worksheet(name);
    add = (name: string) => {
      state.sheets.set(name, []);
      return worksheet(name);
    };
  }
  const context = {
    sync: counter.sync,
    workbook: { worksheets: new Worksheets(counter, () => [...state.sheets.keys()].map((name) => ({ name }))) },
  };
  const g = globalThis as { Excel?: unknown; Office?: unknown };
  const previous = { Excel: g.Excel, Office: g.Office };
  type Batch<T> = (c: typeof context) => Promise<T>;
  // Excel.run(batch) or Excel.run(objectOfAnEarlierContext, batch).
  g.Excel = {
    run: async <T>(first: Batch<T> | object, second?: Batch<T>) =>
      typeof first === "function" ? first(context) : (second as Batch<T>)(context),
  };
  g.Office = {
    context: {
      requirements: { isSetSupported: () => true },
      document: {
        settings: {
          get: (key: string) => state.settings.get(key) ?? null,
          set: (key: string, value: unknown) => state.settings.set(key, value),
          saveAsync: (callback: () => void) => callback(),
        },
      },
    },
  };
  return { state, counter, restore: () => Object.assign(g, previous) };
}
