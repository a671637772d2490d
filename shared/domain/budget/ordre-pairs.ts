import type { BudgetLine, Section, Sens } from "./model";
import type { Cents } from "../common/money";
import { formatMoney } from "../common/money";

/** One side of an ordre pair: the chapitre of a section and sens. */
interface Side {
  readonly section: Section;
  readonly sens: Sens;
  readonly chapitre: string;
}

/** The ordre pairs that must stay equal (BUD-ORD-023-021, BUD-ORD-042-040, BUD-ORD-040-042). */
export const ORDRE_PAIRS: readonly (readonly [Side, Side])[] = [
  [
    { section: "F", sens: "D", chapitre: "023" },
    { section: "I", sens: "R", chapitre: "021" },
  ],
  [
    { section: "F", sens: "D", chapitre: "042" },
    { section: "I", sens: "R", chapitre: "040" },
  ],
  [
    { section: "I", sens: "D", chapitre: "040" },
    { section: "F", sens: "R", chapitre: "042" },
  ],
];

const on = (line: BudgetLine, side: Side) =>
  line.section === side.section && line.sens === side.sens && line.chapitre === side.chapitre;
const label = (side: Side) => `${side.sens === "D" ? "dépense" : "recette"} ${side.chapitre}`;

/** A line whose credits the pane sets, by its index in the lines given. */
export interface PairedEdit {
  readonly index: number;
  readonly credits: Cents;
}

export interface PairedEdits {
  readonly edits: readonly PairedEdit[];
  /** What the pane could not do by itself, in French (a counterpart missing or spread over several lines). */
  readonly notices: readonly string[];
}

/**
 * After the secretary changed the credits of the lines at `edited` (indexes in `lines`), the counterparts to set so
 * that each ordre pair stays equal: the other side's single line takes the edited side's total. A side written
 * over several lines is left to the secretary, who alone knows how to spread it.
 */
export function pairedEdits(lines: readonly BudgetLine[], edited: readonly number[]): PairedEdits {
  const edits: PairedEdit[] = [];
  const notices: string[] = [];
  for (const [a, b] of ORDRE_PAIRS) {
    for (const [typed, other] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!edited.some((i) => lines[i] !== undefined && on(lines[i], typed))) continue;
      const total = lines.reduce((sum, l) => (on(l, typed) ? sum + (l.amounts.credits ?? 0) : sum), 0);
      const targets = lines.flatMap((l, index) => (on(l, other) ? [index] : []));
      const [target] = targets;
      if (targets.length === 1 && target !== undefined) {
        if ((lines[target]?.amounts.credits ?? 0) !== total) edits.push({ index: target, credits: total });
      } else if (targets.length === 0 && total !== 0)
        notices.push(`Ajoutez une ligne en ${label(other)} de ${formatMoney(total)}, égale à la ${label(typed)}.`);
      else if (
        targets.length > 1 &&
        lines.reduce((s, l) => (on(l, other) ? s + (l.amounts.credits ?? 0) : s), 0) !== total
      )
        notices.push(
          `La ${label(other)} est répartie sur ${targets.length} lignes : portez-la vous-même à ${formatMoney(total)}, égale à la ${label(typed)}.`,
        );
      break;
    }
  }
  return { edits, notices };
}
