import type { BudgetLine, LineAmounts, Mouvement, Section, Sens, TypeOrdre } from "./model";
import type { Cents } from "../common/money";

export type Column = keyof LineAmounts;

/**
 * Lines of the same kind (same section, sens, movement, chapitre, nature, declared chapitre, opération or not),
 * summed once. Rules query kinds, never the lines: a 100 000-line budget has a few hundred kinds.
 */
export interface LineKind {
  readonly section: Section;
  readonly sens: Sens;
  readonly mouvement: Mouvement;
  readonly typeOrdre: TypeOrdre | undefined;
  readonly chapitre: string;
  readonly chapitreDeclare: string | undefined;
  readonly nature: string;
  readonly withOperation: boolean;
  /** The lines of this kind, in document order. */
  readonly lines: BudgetLine[];
  readonly sums: Record<Column, Cents>;
}

export interface Filter {
  readonly section?: Section;
  readonly sens?: Sens;
  readonly mouvement?: Mouvement;
  readonly chapitres?: readonly string[];
  /** Nature prefixes ("28" matches 2804412); combined with `except` prefixes. */
  readonly natures?: readonly string[];
  readonly except?: readonly string[];
}

const startsWithAny = (nature: string, prefixes: readonly string[]) => prefixes.some((p) => nature.startsWith(p));

function sameKind(kind: LineKind, line: BudgetLine): boolean {
  return (
    kind.section === line.section &&
    kind.sens === line.sens &&
    kind.mouvement === line.mouvement &&
    kind.chapitre === line.chapitre &&
    kind.typeOrdre === line.typeOrdre &&
    kind.chapitreDeclare === line.chapitreDeclare &&
    kind.withOperation === (line.operation !== undefined)
  );
}

/** Totals of a document, built in one pass over its lines. */
export class BudgetIndex {
  readonly kinds: LineKind[] = [];
  private readonly byChapitre = new Map<string, LineKind[]>();
  private readonly present = {
    credits: false,
    propositions: false,
    budgetPrecedent: false,
    rar: false,
    realise: false,
  };

  constructor(lines: readonly BudgetLine[]) {
    const byNature = new Map<string, LineKind[]>();
    for (const line of lines) {
      let sameNature = byNature.get(line.nature);
      if (!sameNature) {
        sameNature = [];
        byNature.set(line.nature, sameNature);
      }
      let kind = sameNature.find((k) => sameKind(k, line));
      if (!kind) {
        kind = {
          section: line.section,
          sens: line.sens,
          mouvement: line.mouvement,
          typeOrdre: line.typeOrdre,
          chapitre: line.chapitre,
          chapitreDeclare: line.chapitreDeclare,
          nature: line.nature,
          withOperation: line.operation !== undefined,
          lines: [],
          sums: { credits: 0, propositions: 0, budgetPrecedent: 0, rar: 0, realise: 0 },
        };
        sameNature.push(kind);
        this.kinds.push(kind);
        const list = this.byChapitre.get(line.chapitre);
        if (list) list.push(kind);
        else this.byChapitre.set(line.chapitre, [kind]);
      }
      kind.lines.push(line);
      this.add(kind.sums, line.amounts);
    }
  }

  // Written out field by field: a loop over column names made this the hottest spot of a 100 000-line check.
  private add(sums: Record<Column, Cents>, a: LineAmounts): void {
    const p = this.present;
    if (a.credits !== undefined) {
      sums.credits += a.credits;
      p.credits = true;
    }
    if (a.propositions !== undefined) {
      sums.propositions += a.propositions;
      p.propositions = true;
    }
    if (a.budgetPrecedent !== undefined) {
      sums.budgetPrecedent += a.budgetPrecedent;
      p.budgetPrecedent = true;
    }
    if (a.rar !== undefined) {
      sums.rar += a.rar;
      p.rar = true;
    }
    if (a.realise !== undefined) {
      sums.realise += a.realise;
      p.realise = true;
    }
  }

  /** Whether any line of the document gives this column (a CA without realisations cannot be checked). */
  has(column: Column): boolean {
    return this.present[column];
  }

  sum(column: Column, filter: Filter): Cents {
    const candidates = filter.chapitres ? filter.chapitres.flatMap((c) => this.byChapitre.get(c) ?? []) : this.kinds;
    let total = 0;
    for (const k of candidates) {
      if (filter.section !== undefined && k.section !== filter.section) continue;
      if (filter.sens !== undefined && k.sens !== filter.sens) continue;
      if (filter.mouvement !== undefined && k.mouvement !== filter.mouvement) continue;
      if (filter.natures && !startsWithAny(k.nature, filter.natures)) continue;
      if (filter.except && startsWithAny(k.nature, filter.except)) continue;
      total += k.sums[column];
    }
    return total;
  }

  /** Sum of one chapitre on one side: D[023], R[021]… */
  chapitre(column: Column, sens: Sens, chapitre: string): Cents {
    return this.sum(column, { sens, chapitres: [chapitre] });
  }

  /** Totals by sens and nature ("D|45411"), for rules that pair natures (comptes de tiers). */
  natureTotals(column: Column, filter: Filter): Map<string, Cents> {
    const totals = new Map<string, Cents>();
    for (const k of this.kinds) {
      if (filter.section !== undefined && k.section !== filter.section) continue;
      if (filter.natures && !startsWithAny(k.nature, filter.natures)) continue;
      const key = `${k.sens}|${k.nature}`;
      totals.set(key, (totals.get(key) ?? 0) + k.sums[column]);
    }
    return totals;
  }
}
