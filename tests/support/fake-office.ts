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
  constructor(private readonly counter: SyncCounter, private readonly read: () => T) {}
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
}

class FakeWordParagraph {
  constructor(private readonly doc: FakeWordState, public index: number) {}
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
  insertHtml(): void {
    this.doc.htmlInsertions++;
  }
}

class FakeWordRange {
  constructor(private readonly doc: FakeWordState, readonly start: number, readonly end: number) {}
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

export function installFakeWord(paragraphs: string[]): { state: FakeWordState; counter: SyncCounter; restore: () => void } {
  const state: FakeWordState = { paragraphs: [...paragraphs], controls: [], selection: Math.max(0, paragraphs.length - 1), selected: null, htmlInsertions: 0 };
  const counter = new SyncCounter();
  const textOf = (c: FakeWordState["controls"][number]) => state.paragraphs.slice(c.start, c.end + 1).join("\n");
  class Paragraphs extends Loadable<FakeWordParagraph[]> {
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
    insertText(text: string) {
      const lines = text.split("\n");
      state.paragraphs.splice(c.start, c.end - c.start + 1, ...lines);
      c.end = c.start + lines.length - 1;
    },
  });
  const context = {
    sync: counter.sync,
    document: {
      body: { paragraphs: new Paragraphs(counter, () => state.paragraphs.map((_t, i) => new FakeWordParagraph(state, i))) },
      contentControls: new Controls(counter, () => state.controls.map(controlView)),
      getSelection: () => new FakeWordRange(state, state.selection, state.selection),
    },
  };
  const previous = (globalThis as { Word?: unknown }).Word;
  (globalThis as { Word?: unknown }).Word = { run: async <T>(batch: (c: typeof context) => Promise<T>) => batch(context) };
  return { state, counter, restore: () => ((globalThis as { Word?: unknown }).Word = previous) };
}

// ---- Excel -----------------------------------------------------------------------------------------------

export interface FakeExcelState {
  sheets: Map<string, (string | number | boolean)[][]>;
  fills: Map<string, string>;
  settings: Map<string, unknown>;
  selected: string | null;
}

export function installFakeExcel(sheets: Record<string, (string | number | boolean)[][]>): {
  state: FakeExcelState;
  counter: SyncCounter;
  restore: () => void;
} {
  const state: FakeExcelState = { sheets: new Map(Object.entries(sheets)), fills: new Map(), settings: new Map(), selected: null };
  const counter = new SyncCounter();
  const rangeOf = (sheet: string, address: string) => ({
    format: {
      fill: {
        clear: () => state.fills.delete(`${sheet}!${address}`),
        set color(v: string) {
          state.fills.set(`${sheet}!${address}`, v);
        },
      },
    },
    select: () => (state.selected = `${sheet}!${address}`),
    getResizedRange: () => ({
      set values(v: (string | number | boolean)[][]) {
        state.sheets.set(sheet, v);
      },
    }),
  });
  class UsedRange extends Loadable<{ values: (string | number | boolean)[][] }> {
    isNullObject = false;
    get values() {
      return this.value().values;
    }
    get address() {
      return "Feuil!A1:Z9";
    }
  }
  const worksheet = (name: string) => ({
    name,
    isNullObject: !state.sheets.has(name),
    getUsedRangeOrNullObject: () => new UsedRange(counter, () => ({ values: state.sheets.get(name) ?? [] })),
    getRange: (address = "A1") => ({ ...rangeOf(name, address), clear: () => state.sheets.set(name, []) }),
    activate: () => undefined,
  });
  class Worksheets extends Loadable<{ name: string }[]> {
    get items() {
      return this.value();
    }
    getItem = (name: string) => worksheet(name);
    getItemOrNullObject = (name: string) => worksheet(name);
    add = (name: string) => {
      state.sheets.set(name, []);
      return worksheet(name);
    };
  }
  const context = { sync: counter.sync, workbook: { worksheets: new Worksheets(counter, () => [...state.sheets.keys()].map((name) => ({ name }))) } };
  const g = globalThis as { Excel?: unknown; Office?: unknown };
  const previous = { Excel: g.Excel, Office: g.Office };
  g.Excel = { run: async <T>(batch: (c: typeof context) => Promise<T>) => batch(context) };
  g.Office = {
    context: {
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
