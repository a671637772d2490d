import { SaxesParser } from "saxes";
import type { BudgetDocument, BudgetLine, DocumentType, Echeancier, LineAmounts } from "@shared/domain/budget/model";
import type { Cents } from "@shared/domain/common/money";
import { parseMoney } from "@shared/domain/common/money";
import type { PlanDeComptes } from "@shared/domain/budget/nomenclature";
import { findPlan, isPlanLoaded, loadPlan } from "@shared/domain/budget/nomenclature";
import { BudgetReadError } from "./errors";
import { placeLine } from "./resolve-line";
import { XmlTextStream } from "./xml-text";

const NAT_DEC: Readonly<Record<string, DocumentType>> = { "01": "BP", "02": "DM", "03": "BS", "09": "CA", "10": "CFU" };
/** No budget flow nests deeper than a dozen levels; a deeper file is hostile or not a budget. */
const MAX_DEPTH = 64;
/**
 * The children of a LigneBudget that the rules read, each with its slot in a line's value array (the others, MtSup,
 * InfoAPCP…, are skipped). One small array a line, not a map: at 100 000 lines the maps were most of the collector's
 * work.
 */
const LINE_FIELDS = [
  "Nature",
  "CodRD",
  "OpBudg",
  "TypOpBudg",
  "ContNat",
  "Fonction",
  "Operation",
  "LibCpte",
  "MtPrev",
  "MtRARPrec",
  "CredOuv",
  "MtPropNouv",
  "MtBudgPrec",
  "MtRAR3112",
  "MtReal",
] as const;
type LineField = (typeof LINE_FIELDS)[number];
const SLOT: ReadonlyMap<string, number> = new Map(LINE_FIELDS.map((name, i) => [name, i]));
const slot = (name: LineField): number => SLOT.get(name) ?? -1;
const [NATURE, COD_RD, OP_BUDG, TYP_OP_BUDG, CONT_NAT, FONCTION, OPERATION, LIB_CPTE] = LINE_FIELDS.slice(0, 8).map(
  (name) => slot(name),
) as [number, number, number, number, number, number, number, number];
const LOAN_FIELDS = new Set(["CodTypEmpr", "MtIntExer", "MtCapitalExer"]);

/** The `V` values of one element's kept children, as the flow wrote them. */
type Fields = Map<string, string>;

interface RawLine {
  index: number;
  /** By LINE_FIELDS slot; the first value of a field wins. */
  readonly values: (string | undefined)[];
  section: string | undefined;
}

/** Distinct codes (natures, chapitres, fonctions) kept as one string each; past this many, new ones are kept as read. */
const MAX_CODES = 4096;
/**
 * saxes hands attribute values as slices of the decoded chunk, and V8 keeps a slice of 13 characters or more as a
 * view on the whole chunk: one kept libellé would keep 64 Ko of text alive. A copy lets the chunk go.
 */
const SLICED_FROM = 13;
const detached = (value: string): string => (value.length < SLICED_FROM ? value : (" " + value).slice(1));

/** What turning a raw line into a BudgetLine needs from the header: read once, when the first line closes. */
interface LineContext {
  readonly type: DocumentType;
  readonly plan: PlanDeComptes | undefined;
}

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

const present = (value: string | undefined): string | undefined => {
  const raw = value?.trim();
  return raw === undefined || raw === "" ? undefined : raw;
};

/** A kept text of a line, free of the chunk it was read from. */
const kept = (value: string | undefined): string | undefined => {
  const raw = present(value);
  return raw === undefined ? undefined : detached(raw);
};

const valueOf = (fields: Fields, name: string): string | undefined => present(fields.get(name));

/** An amount the flow wrote, in cents; the caller names the place of an unreadable one (an error is rare: no text before). */
function cents(raw: string | undefined, name: string): Cents | undefined {
  const value = present(raw);
  if (value === undefined) return undefined;
  const amount = parseMoney(value);
  if (amount === undefined) throw new UnreadableAmount(`montant ${name} illisible « ${value} »`);
  return amount;
}

class UnreadableAmount extends Error {}

function money(fields: Fields, name: string, where: string): Cents | undefined {
  try {
    return cents(fields.get(name), name);
  } catch (error) {
    throw error instanceof UnreadableAmount ? new BudgetReadError(`${where} : ${error.message}.`) : error;
  }
}

const [MT_PREV, MT_RAR_PREC, CRED_OUV, MT_PROP_NOUV, MT_BUDG_PREC, MT_RAR_3112, MT_REAL] = LINE_FIELDS.slice(8).map(
  (name) => slot(name),
) as [number, number, number, number, number, number, number];

/** The amount in a line's slot (no closure a line: at 100 000 lines each one is work for the collector). */
const amount = (values: readonly (string | undefined)[], at: number): Cents | undefined =>
  cents(values[at], LINE_FIELDS[at] ?? "");

function amountsOf(values: readonly (string | undefined)[], type: DocumentType): LineAmounts {
  const prev = amount(values, MT_PREV);
  const rarPrec = amount(values, MT_RAR_PREC);
  const credOuv = amount(values, CRED_OUV);
  const yearEnd = type === "CA" || type === "CFU";
  const credits = type === "DM" ? prev : (credOuv ?? (prev === undefined ? undefined : prev + (rarPrec ?? 0)));
  // One literal shape for every line (absent amounts stay undefined): the rules read these objects a lot.
  return {
    credits,
    propositions: amount(values, MT_PROP_NOUV),
    budgetPrecedent: amount(values, MT_BUDG_PREC),
    rar: yearEnd ? amount(values, MT_RAR_3112) : rarPrec,
    realise: amount(values, MT_REAL),
  };
}

/**
 * One pass over a DocumentBudgetaire (or CompteFinancierUnique) flow, fed in chunks: only what the rules read is
 * kept (the header, the voted lines, the loans of DATA_EMPRUNT), so memory follows the budget, not the file, whose
 * annexes are most of its weight. Lines TotEM calculated (`calculated="true"`) are left out.
 */
export class DocumentBudgetaireStream {
  private readonly text: XmlTextStream;
  private readonly parser = new SaxesParser();
  /** Local names of the open elements. */
  private readonly path: string[] = [];
  /** Depth of the DocumentBudgetaire element once met (a CFU wraps it beside the DocumentComptable). */
  private docDepth = -1;
  private budgetSeen = false;
  private readonly header = new Map<string, string>();
  private population: string | undefined;
  /**
   * Lines read before the header told the document's type (none in a well-formed flow, where the header comes
   * first), or before its plan was loaded (a chunk's worth at most when fed by writeLoadingPlan).
   */
  private readonly pending: RawLine[] = [];
  private readonly lines: BudgetLine[] = [];
  private context: LineContext | undefined;
  private lineCount = 0;
  /** Depth of the elements open inside the current LigneBudget (its fields are at 1). */
  private belowLine = 0;
  /** The open LigneBudget's values, if it is kept; one array for every line, emptied when the line closes. */
  private line: RawLine | undefined;
  private readonly scratch: RawLine = {
    index: 0,
    values: new Array<string | undefined>(LINE_FIELDS.length),
    section: undefined,
  };
  /** Each code once: a budget repeats few of them over many lines (see MAX_CODES). */
  private readonly codes = new Map<string, string>();
  private loan: Fields | undefined;
  private readonly loans: Fields[] = [];

  constructor(private readonly file: string) {
    this.text = new XmlTextStream(file);
    this.parser.on("error", (error) => {
      // saxes reports "line:column: message"; the position alone is what the secretary can use.
      const at = /^(\d+):(\d+)/.exec(error.message);
      throw new BudgetReadError(
        `${file} : XML mal formé ou tronqué (${at ? `ligne ${at[1]}, colonne ${at[2]}` : `ligne ${this.parser.line}`}).`,
      );
    });
    this.parser.on("doctype", () => {
      // A budget flow has no DTD; one that brings its own may define entities meant to expand without end.
      throw new BudgetReadError(
        `${file} : XML refusé par le lecteur (déclaration DOCTYPE inattendue dans un flux budgétaire).`,
      );
    });
    this.parser.on("opentag", (tag) => {
      const line = this.line;
      // Most elements of a flow are a line's fields: only the line's children are read, no name is kept for them.
      if (line !== undefined) {
        if (this.path.length + this.belowLine >= MAX_DEPTH) this.tooDeep();
        if (this.belowLine++ === 0) this.field(line, localName(tag.name), tag.attributes);
        return;
      }
      this.open(localName(tag.name), tag.attributes);
    });
    this.parser.on("closetag", (tag) => {
      if (this.belowLine > 0) this.belowLine--;
      else this.close(localName(tag.name));
    });
  }

  write(chunk: Uint8Array): void {
    const text = this.text.decode(chunk);
    if (text) this.parser.write(text);
  }

  /**
   * As write(), then loads the account plan once the header has named it: the lines of the chunk that named it
   * wait raw for it (pending), the following ones are read at once. Pages load plans one at a time.
   */
  async writeLoadingPlan(chunk: Uint8Array): Promise<void> {
    this.write(chunk);
    if (this.context === undefined) await this.loadHeaderPlan();
  }

  private async loadHeaderPlan(): Promise<void> {
    const nomenclature = valueOf(this.header, "Nomenclature");
    const exercice = Number(valueOf(this.header, "Exer"));
    if (nomenclature && Number.isInteger(exercice)) await loadPlan(nomenclature, exercice);
  }

  end(): BudgetDocument {
    this.flush();
    return this.document();
  }

  /** As end(), once the account plan the header names is loaded: pages load plans one at a time (loadPlan). */
  async endLoadingPlan(): Promise<BudgetDocument> {
    this.flush();
    await this.loadHeaderPlan();
    return this.document();
  }

  private flush(): void {
    const rest = this.text.end();
    if (rest) this.parser.write(rest);
    this.parser.close();
  }

  private tooDeep(): never {
    throw new BudgetReadError(
      `${this.file} : XML refusé par le lecteur (imbrication trop profonde ou structure inattendue).`,
    );
  }

  /** A child of the open LigneBudget: its `V` kept in the line's slot (the first one wins). */
  private field(line: RawLine, name: string, attributes: Record<string, string>): void {
    const v = attributes["V"];
    if (v === undefined) return;
    const at = SLOT.get(name);
    if (at !== undefined) line.values[at] ??= v;
    else if (name === "CaracSup" && attributes["Code"] === "Section") line.section ??= v;
  }

  private open(name: string, attributes: Record<string, string>): void {
    const depth = this.path.length;
    if (depth >= MAX_DEPTH) this.tooDeep();
    this.path.push(name);
    if (this.docDepth < 0) {
      if (name === "DocumentBudgetaire") this.docDepth = depth;
      return;
    }
    const rel = depth - this.docDepth;
    const parent = this.path[depth - 1];
    const v = attributes["V"];
    if (rel === 1 && name === "Budget") this.budgetSeen = true;
    else if (rel === 2 && parent === "EnTeteDocBudgetaire" && name === "LibelleColl" && v !== undefined)
      this.header.set("LibelleColl", v);
    else if (rel === 2 && name === "LigneBudget" && this.path[depth - 1] === "Budget") {
      this.lineCount++;
      this.line = attributes["calculated"] === "true" ? undefined : this.scratch;
      this.scratch.index = this.lineCount;
    } else if (rel === 3 && (parent === "EnTeteBudget" || parent === "BlocBudget") && v !== undefined)
      this.header.set(name, v);
    else if (
      rel === 3 &&
      parent === "InformationsGenerales" &&
      name === "Information" &&
      attributes["Code"] === "PopTot"
    )
      this.population ??= v;
    else if (rel === 4 && name === "EMPRUNT" && parent === "DATA_EMPRUNT") this.loan = new Map();
    else if (rel === 5 && this.loan && parent === "EMPRUNT" && LOAN_FIELDS.has(name) && v !== undefined)
      this.loan.set(name, v);
  }

  private close(name: string): void {
    this.path.pop();
    if (name === "LigneBudget" && this.line && this.path.length - this.docDepth === 2) {
      // Turned into a BudgetLine at once, so that the raw values die young (cheap for the collector).
      this.context ??= this.lineContext();
      const { index, values, section } = this.line;
      if (this.context) this.lines.push(this.toLine(this.line, this.context));
      else this.pending.push({ index, values: [...values], section });
      values.fill(undefined);
      this.line.section = undefined;
      this.line = undefined;
    } else if (name === "EMPRUNT" && this.loan) {
      this.loans.push(this.loan);
      this.loan = undefined;
    } else if (name === "DocumentBudgetaire" && this.path.length === this.docDepth)
      this.docDepth = Number.MAX_SAFE_INTEGER;
  }

  private echeancier(): Echeancier | undefined {
    if (this.loans.length === 0) return undefined;
    let interets = 0;
    let capital = 0;
    const where = `${this.file}, annexe état de la dette`;
    // CodTypEmpr 01 = the commune's own loans; the others are guaranteed loans or totals.
    for (const loan of this.loans.filter((l) => valueOf(l, "CodTypEmpr") === "01")) {
      interets += money(loan, "MtIntExer", where) ?? 0;
      capital += money(loan, "MtCapitalExer", where) ?? 0;
    }
    return { interets, capital };
  }

  /**
   * The type and plan of the document, or undefined while the header is incomplete (document() then says why) or
   * its plan not yet loaded (writeLoadingPlan, endLoadingPlan).
   */
  private lineContext(): LineContext | undefined {
    const type = NAT_DEC[valueOf(this.header, "NatDec") ?? ""];
    const nomenclature = valueOf(this.header, "Nomenclature");
    const exercice = Number(valueOf(this.header, "Exer"));
    if (!type || !nomenclature || !Number.isInteger(exercice) || !isPlanLoaded(nomenclature, exercice))
      return undefined;
    return { type, plan: findPlan(nomenclature, exercice)?.plan };
  }

  private toLine({ index, values, section }: RawLine, { type, plan }: LineContext): BudgetLine {
    const nature = this.code(values[NATURE]);
    const sens = present(values[COD_RD]);
    if (!nature || (sens !== "D" && sens !== "R"))
      throw new BudgetReadError(`${this.lineWhere(index)} : Nature ou CodRD (D/R) absent.`);
    const mouvement = present(values[OP_BUDG]) === "1" ? "ordre" : "reel";
    const typ = present(values[TYP_OP_BUDG]);
    const typeOrdre = typ === "1" ? "interieur" : typ === "2" ? "entre-sections" : undefined;
    const declared = this.code(values[CONT_NAT]);
    const declaredSection = section?.trim();
    const placed = placeLine(
      plan,
      nature,
      sens,
      mouvement,
      typeOrdre,
      declared,
      declaredSection === "F" || declaredSection === "I" ? declaredSection : undefined,
    );
    if (!placed.section)
      throw new BudgetReadError(`${this.lineWhere(index)} : section de la nature ${nature} indéterminable.`);
    return {
      section: placed.section,
      sens,
      chapitre: placed.chapitre,
      nature,
      mouvement,
      typeOrdre,
      chapitreDeclare: declared,
      fonction: this.code(values[FONCTION]),
      operation: kept(values[OPERATION]),
      libelle: kept(values[LIB_CPTE]),
      amounts: this.amounts(values, type, index),
    };
  }

  private code(value: string | undefined): string | undefined {
    const raw = present(value);
    if (raw === undefined) return undefined;
    const known = this.codes.get(raw);
    if (known !== undefined) return known;
    const own = detached(raw);
    if (this.codes.size < MAX_CODES) this.codes.set(own, own);
    return own;
  }

  private lineWhere(index: number): string {
    return `${this.file}, LigneBudget n° ${index}`;
  }

  private amounts(values: readonly (string | undefined)[], type: DocumentType, index: number): LineAmounts {
    try {
      return amountsOf(values, type);
    } catch (error) {
      throw error instanceof UnreadableAmount
        ? new BudgetReadError(`${this.lineWhere(index)} : ${error.message}.`)
        : error;
    }
  }

  private document(): BudgetDocument {
    const { file, header } = this;
    if (!this.budgetSeen)
      throw new BudgetReadError(`${file} : ce n'est pas un flux DocumentBudgetaire (élément Budget absent).`);
    const natDec = valueOf(header, "NatDec") ?? "";
    const type = NAT_DEC[natDec];
    if (!type)
      throw new BudgetReadError(
        `${file} : nature de document NatDec « ${natDec} » non prise en charge (01 BP, 02 DM, 03 BS, 09 CA, 10 CFU).`,
      );
    const nomenclature = valueOf(header, "Nomenclature") ?? "";
    const exercice = Number(valueOf(header, "Exer"));
    if (!nomenclature || !Number.isInteger(exercice))
      throw new BudgetReadError(`${file} : Nomenclature ou exercice (Exer) absent.`);
    const context = this.context ?? { type, plan: findPlan(nomenclature, exercice)?.plan };
    // Lines met before the header came first in the file: they stay first.
    const lines =
      this.pending.length === 0 ? this.lines : [...this.pending.map((raw) => this.toLine(raw, context)), ...this.lines];
    const popDigits = this.population?.replace(/\D/g, "") ?? "";
    const echeancier = this.echeancier();
    return {
      type,
      nomenclature,
      exercice,
      dateVote: valueOf(header, "DteDec"),
      collectivite: valueOf(header, "LibelleColl"),
      etablissement: valueOf(header, "LibelleEtab"),
      population: popDigits ? Number(popDigits) : undefined,
      budgetAnnexe: valueOf(header, "CodTypBud") === "A",
      lines,
      facts: echeancier ? { echeancier } : {},
    };
  }
}

/** Feeds a stream slice by slice, as a file read from disk would arrive. */
const SLICE = 1 << 16;

function fed(bytes: Uint8Array, file: string): DocumentBudgetaireStream {
  const stream = new DocumentBudgetaireStream(file);
  for (let at = 0; at < bytes.length; at += SLICE) stream.write(bytes.subarray(at, at + SLICE));
  return stream;
}

/** Reads a whole DocumentBudgetaire held in memory, its account plan already loaded (tests). */
export function readDocumentBudgetaire(bytes: Uint8Array, file: string): BudgetDocument {
  return fed(bytes, file).end();
}

/** Reads a whole DocumentBudgetaire held in memory, loading its account plan as soon as named (the Excel import). */
export async function loadDocumentBudgetaire(bytes: Uint8Array, file: string): Promise<BudgetDocument> {
  const stream = new DocumentBudgetaireStream(file);
  for (let at = 0; at < bytes.length; at += SLICE) await stream.writeLoadingPlan(bytes.subarray(at, at + SLICE));
  return stream.endLoadingPlan();
}
