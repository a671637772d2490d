import { formatDateFr } from "@shared/domain/common";
import type { AsyncState } from "@shared/ui/hooks/async-state";
import type { ListOf, WriteOp } from "../../app/data/ports";
import { convocationSendingProblem } from "../seance/convocation-deadline";
import { parisToUtc } from "../../common/paris-time";

/**
 * How a cockpit item is marked done: the record it comes from and the date column that closes it. Writing the
 * record, not a flag of the cockpit, is what makes the item leave every device's cockpit and every checker agree.
 */
export type CompletionTarget =
  | { readonly list: "seances"; readonly field: "listePublieeLe" | "pvArreteLe" | "convocationLe" }
  | { readonly list: "actes"; readonly field: "transmisLe" | "arLe" | "publieLe" }
  | { readonly list: "echeances"; readonly field: "faiteLe" }
  | { readonly list: "subventions"; readonly field: "deposeLe" };

export type Completion = CompletionTarget & {
  readonly id: string;
  readonly eTag: string;
  /** « Transmis le », « Publié le »… the label of the date field. */
  readonly verb: string;
  /** The earliest date that makes sense: the act's, the séance's. */
  readonly notBefore?: string;
  /** A convocation: the date of its séance, which it leaves before, with an agenda that is not empty. */
  readonly convocationFor?: string;
};

/**
 * Why a completion date cannot be recorded, in French; undefined when it can. `agendaSize` is the number of points
 * of the séance a convocation is for, once known.
 */
export function completionDateProblem(
  completion: Completion,
  date: string,
  today: string,
  agendaSize?: number,
): string | undefined {
  // The séance view's own guard: the cockpit is no back door to a convocation it would refuse.
  if (completion.convocationFor !== undefined)
    return convocationSendingProblem(completion.convocationFor, agendaSize ?? 1, date, today);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return "Indiquez la date, au format jj/mm/aaaa.";
  if (date > today) return `La date ne peut être postérieure à aujourd'hui (${formatDateFr(today)}).`;
  if (completion.notBefore && date < completion.notBefore)
    return `La date ne peut précéder le ${formatDateFr(completion.notBefore)}.`;
  return undefined;
}

type Update<K extends "seances" | "actes" | "echeances" | "subventions"> = {
  readonly list: K;
  readonly op: WriteOp<ListOf<K>>;
};
export type CompletionWrite = Update<"seances"> | Update<"actes"> | Update<"echeances"> | Update<"subventions">;

/** The write that closes the item: the date, and the status that goes with it where the list has one. */
export function completionWrite(completion: Completion, date: string): CompletionWrite {
  // Noon in Paris: a date-only column reads back as the same day everywhere (parisNoon).
  const at = parisToUtc(date, "12:00");
  const target = { kind: "update", id: completion.id, eTag: completion.eTag } as const;
  switch (completion.list) {
    case "seances":
      // A séance whose convocation has left is convoquée; a resent one already is.
      return completion.field === "convocationLe"
        ? { list: "seances", op: { ...target, patch: { convocationLe: at, statut: "convoquee" } } }
        : { list: "seances", op: { ...target, patch: { [completion.field]: at } } };
    case "actes":
      return { list: "actes", op: { ...target, patch: { [completion.field]: at } } };
    case "echeances":
      return { list: "echeances", op: { ...target, patch: { faiteLe: at, faite: true } } };
    case "subventions":
      return { list: "subventions", op: { ...target, patch: { deposeLe: at, statut: "depose" } } };
  }
}

/** « Transmis le » → « Transmis ». */
export const shortVerb = (completion: Pick<Completion, "verb">): string => completion.verb.replace(/ le$/, "");

/** The form's problem: the agenda that could not be read (for a convocation), else the date's. */
export function completionFormProblem(
  completion: Completion,
  date: string,
  today: string,
  agenda: AsyncState<number | undefined>,
): string | undefined {
  if (agenda.status === "failed") return `L'ordre du jour n'a pas pu être lu : ${agenda.message}`;
  return completionDateProblem(completion, date, today, agenda.status === "done" ? agenda.value : undefined);
}
