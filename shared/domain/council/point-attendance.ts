import { checkQuorum, covidQuorumRequired, inCovidWindow } from "../common";
import type { QuorumResult } from "../common";
import { joinValue } from "../acts/clauses/french";
import { foldKey } from "../common/fold";
import { proxiesAllowed } from "./attendance";

/** An arrival or a departure during the séance, tied to the point whose discussion it precedes. */
export interface Movement {
  readonly kind: "arrive" | "leave";
  /** Index of that point in the order of the agenda. */
  readonly before: number;
  /** On a departure: the colleague present the élu hands a written pouvoir to, for the following points (L2121-20). */
  readonly mandataire?: string;
}

/**
 * One élu's presence over a séance, as the secretary notes it in the room. Points are counted by their index in the
 * order of the agenda; an élu may come and go several times.
 */
export interface MemberMovements {
  readonly member: string;
  readonly presentAtOpening: boolean;
  /** In the order they were noted. */
  readonly movements?: readonly Movement[];
  /** The present member an élu absent at the opening gave a written proxy to (L2121-20). */
  readonly mandataire?: string;
  /** Points the member does not take part in (intéressé, the maire for the compte administratif). */
  readonly nonParticipating?: readonly number[];
}

/** Where an élu stands at a point: in the room, or away with the pouvoir in force if any. */
export interface MemberState {
  readonly present: boolean;
  readonly mandataire?: string;
  /** Away since the point of this index (-1: since the opening). */
  readonly since?: number;
}

/**
 * The élu's state at a point: the opening's, then each movement noted before that point, by point then in the order
 * noted (arriving then leaving before the same point reads as leaving). A pouvoir lasts until the élu comes back.
 */
export function stateAtPoint(m: MemberMovements, index: number): MemberState {
  const opening: MemberState = m.presentAtOpening
    ? { present: true }
    : { present: false, ...(m.mandataire ? { mandataire: m.mandataire } : {}), since: -1 };
  return [...(m.movements ?? [])]
    .filter((move) => move.before <= index)
    .sort((a, b) => a.before - b.before)
    .reduce<MemberState>(
      (_state, move) =>
        move.kind === "arrive"
          ? { present: true }
          : { present: false, ...(move.mandataire ? { mandataire: move.mandataire } : {}), since: move.before },
      opening,
    );
}

export const presentAtPoint = (m: MemberMovements, index: number): boolean => stateAtPoint(m, index).present;

export interface Proxy {
  readonly mandant: string;
  readonly mandataire: string;
}

/** The room when a point is put to discussion. */
export interface PointAttendance {
  /** Members physically present, in the order given. */
  readonly presents: readonly string[];
  /** Members present who do not take part in this point. */
  readonly nonParticipants: readonly string[];
  /** The représentés: proxies that vote on this point (mandant absent, holder present and taking part). */
  readonly proxies: readonly Proxy[];
  /**
   * L2121-17: the majority of the members en exercice, physically present, proxies never counted; under the COVID
   * derogations, one third present or represented.
   */
  readonly quorum: QuorumResult;
  /** Presents taking part + proxies usable on the point: the « pour » of a unanimous vote. */
  readonly votants: number;
}

export interface PointAttendanceOptions {
  /** Seats actually filled. */
  readonly enExercice: number;
  /** The séance's date (ISO): how many proxies one member may carry, and the quorum, depend on it. */
  readonly date: string;
}

/** Why a pouvoir cannot be used at a point, or cannot be given there. */
export type PouvoirProblem =
  | { readonly code: "mandant-away"; readonly mandant: string; readonly index: number }
  | {
      readonly code: "mandataire-absent";
      readonly mandant: string;
      readonly mandataire: string;
      readonly index: number;
    }
  | {
      readonly code: "cumul";
      readonly mandant: string;
      readonly mandataire: string;
      readonly index: number;
      readonly already: readonly string[];
    };

const takesPart = (m: MemberMovements, index: number) => !(m.nonParticipating ?? []).includes(index);

/**
 * The pouvoirs in force at a point, each either usable or with the reason it is not: its holder must be in the room
 * and take part, and carry no more pouvoirs than the law allows; the pouvoir given first keeps its place.
 */
function pouvoirsAtPoint(members: readonly MemberMovements[], index: number, date: string) {
  const voters = new Set(
    members.filter((m) => presentAtPoint(m, index) && takesPart(m, index)).map((m) => foldKey(m.member)),
  );
  const here = new Set(members.filter((m) => presentAtPoint(m, index)).map((m) => foldKey(m.member)));
  const carried = new Map<string, string[]>();
  const usable: Proxy[] = [];
  const problems: PouvoirProblem[] = [];
  const away = members
    .map((m) => ({ m, state: stateAtPoint(m, index) }))
    .sort((a, b) => (a.state.since ?? 0) - (b.state.since ?? 0));
  for (const { m, state } of away) {
    const { present, mandataire } = state;
    if (present || !mandataire || !takesPart(m, index)) continue;
    const holder = foldKey(mandataire);
    if (!here.has(holder)) {
      problems.push({ code: "mandataire-absent", mandant: m.member, mandataire, index });
      continue;
    }
    if (!voters.has(holder)) continue;
    const already = carried.get(holder) ?? [];
    if (already.length >= proxiesAllowed(date)) {
      problems.push({ code: "cumul", mandant: m.member, mandataire, index, already });
      continue;
    }
    carried.set(holder, [...already, m.member]);
    usable.push({ mandant: m.member, mandataire });
  }
  return { usable, problems, voters };
}

/** Presence, non-participation, représentés, quorum and votants at the point of index `index` of the agenda. */
export function attendanceAtPoint(
  members: readonly MemberMovements[],
  index: number,
  options: PointAttendanceOptions,
): PointAttendance {
  const here = members.filter((m) => presentAtPoint(m, index));
  const nonParticipants = here.filter((m) => !takesPart(m, index)).map((m) => m.member);
  const { usable, voters } = pouvoirsAtPoint(members, index, options.date);
  const physical = checkQuorum({
    enExercice: options.enExercice,
    presents: here.length,
    nonParticipants: nonParticipants.length,
  });
  const covid = { counted: physical.counted + usable.length, required: covidQuorumRequired(options.enExercice) };
  const quorum = inCovidWindow(options.date) ? { ...covid, reached: covid.counted >= covid.required } : physical;
  return {
    presents: here.map((m) => m.member),
    nonParticipants,
    proxies: usable,
    quorum,
    votants: voters.size + usable.length,
  };
}

/** The pouvoirs noted that cannot be used at this point, and why. */
export const pouvoirProblemsAt = (
  members: readonly MemberMovements[],
  index: number,
  options: PointAttendanceOptions,
): PouvoirProblem[] => pouvoirsAtPoint(members, index, options.date).problems;

/**
 * Whether `mandant` may leave before point `index` handing a written pouvoir to `mandataire`: the mandant is in the
 * room until then, the mandataire is in the room at that point, and carries no pouvoir beyond the legal limit there.
 */
export function pouvoirOnDepartureProblems(
  members: readonly MemberMovements[],
  departure: { readonly mandant: string; readonly mandataire: string; readonly index: number },
  options: PointAttendanceOptions,
): PouvoirProblem[] {
  const { mandant, mandataire, index } = departure;
  const key = foldKey(mandant);
  const own = members.find((m) => foldKey(m.member) === key);
  // The point before which one leaves is the first one missed: one has to be in the room for the one before it (the
  // opening's state for the first point).
  if (!own || !presentAtPoint(own, index - 1)) return [{ code: "mandant-away", mandant, index }];
  // The one leaving comes last: a pouvoir already given before this point keeps its place.
  const others = members.filter((m) => foldKey(m.member) !== key);
  const left = [
    ...others,
    { ...own, movements: [...(own.movements ?? []), { kind: "leave" as const, before: index, mandataire }] },
  ];
  return pouvoirProblemsAt(left, index, options).filter((p) => p.mandant === own.member);
}

/** The French of a pouvoir problem, citing the article; `point` is the point as the séance numbers it. */
export function pouvoirMessage(problem: PouvoirProblem, point: string, date: string): string {
  const of = (name: string) => {
    const { before, value } = joinValue("de ", name);
    return before + value;
  };
  const article = "(article L2121-20 du CGCT)";
  switch (problem.code) {
    case "mandant-away":
      return `${problem.mandant} n'est pas en séance avant le point ${point} : seul un conseiller qui quitte la salle donne pouvoir pour les points suivants ${article}.`;
    case "mandataire-absent":
      return `Le pouvoir ${of(problem.mandant)} ne vaut pas au point ${point} : ${problem.mandataire}, qui le détient, n'est pas en séance ${article}.`;
    case "cumul":
      return `Le pouvoir ${of(problem.mandant)} ne vaut pas au point ${point} : ${problem.mandataire} détient déjà celui ${problem.already.map(of).join(" et ")}, et un conseiller ne peut recevoir ${proxiesAllowed(date) > 1 ? "que deux pouvoirs" : "qu'un seul pouvoir"} ${article}.`;
  }
}

/** Whether anyone came or went before this point: only then does the point's attendance differ from the opening's. */
export function movedBefore(members: readonly MemberMovements[], index: number): boolean {
  return members.some((m) => {
    const state = stateAtPoint(m, index);
    return state.present !== m.presentAtOpening || (!state.present && state.mandataire !== m.mandataire);
  });
}
