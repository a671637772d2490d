import type { Evidence, Location, Rule } from "../../rules";
import { defineRule } from "../../rules";
import type { PresidentVote, Scrutin } from "../../common";

/** A fact as a council rule reads it, from a séance's field or from words of an act, with where it lies. */
export interface Fact<T> {
  readonly value: T;
  readonly at?: Location;
  /** How the fact was read; unset for a séance's fields, which the secretary typed. */
  readonly evidence?: Evidence;
}

/** Where a finding about this fact points: its place, and the words it was read from, as far as they are known. */
export const located = (fact: { readonly at?: Location; readonly evidence?: Evidence } | undefined) => ({
  ...(fact?.at ? { at: fact.at } : {}),
  ...(fact?.evidence ? { evidence: fact.evidence } : {}),
});

export interface ConvocationEvidence {
  readonly sentOn?: Fact<string>;
  readonly urgence: boolean;
  readonly urgenceAt?: Location;
  /** The council voted on the urgency at the opening; undefined when nothing says so. */
  readonly urgenceVoted?: boolean;
  /** The note explicative de synthèse was sent; undefined when nothing says. */
  readonly noteDeSynthese?: boolean;
}

/** The members counted at the opening (a séance's record) or stated by a délibération (L2121-17). */
export interface AttendanceEvidence {
  readonly enExercice: number;
  readonly presents: number;
  /** Members represented by a usable proxy: only the COVID third counts them. */
  readonly represented: number;
  readonly at?: Location;
  readonly evidence?: Evidence;
}

/** Who was in the room when a point came up, for a point where that differs from the opening. */
export interface PointAttendance {
  readonly presents: number;
  /** Non-participants who stayed in the room: they cannot make the quorum. */
  readonly nonParticipants: number;
  /** Members withdrawn from the members in office for this point (representatives under L1111-6). */
  readonly excludedFromExercice: number;
  readonly represented: number;
}

/** A recorded vote and what bounds it (L2121-20). */
export interface VoteEvidence {
  readonly pour: number;
  readonly contre: number;
  readonly abstentions: number;
  readonly blancsNuls: number;
  readonly at?: Location;
  readonly scrutin?: Scrutin;
  readonly presidentVote?: PresidentVote;
  /** A compte administratif is arrêté unless a majority voted against (L1612-12): a tie adopts it. */
  readonly compteAdministratif: boolean;
  /** The most voices the vote can hold: presents and usable proxies, less those who took no part. */
  readonly possible?: Fact<number>;
  /** The votants the record states: fewer voices than that asks for an explanation. */
  readonly votants?: Fact<number>;
  /** The members in office, when a délibération states them: no vote holds more voices. */
  readonly enExercice?: Fact<number>;
  /** The outcome the record proclaims. */
  readonly declared?: Fact<"adopte" | "rejete">;
}

/** The maire's part in the vote of his compte administratif (L2121-14). */
export interface CompteAdministratifEvidence {
  /** The maire, when named. */
  readonly maire?: string;
  /** The vote was presided by the maire; undefined when nothing says who presided it. */
  readonly presidedByMaire?: Fact<boolean>;
  /** The maire voted or was counted; undefined when nothing says whether he withdrew. */
  readonly maireTookPart?: Fact<boolean>;
}

/** A point of the séance as the agenda, quorum and vote rules read it. */
export interface PointEvidence {
  readonly subject: string;
  readonly at?: Location;
  /** false: put on the agenda during the séance, not by the convocation. */
  readonly onAgenda?: boolean;
  /** A catch-all heading (« Questions diverses ») under which a decision was taken. */
  readonly decidedUnderCatchAll?: boolean;
  readonly decisionAt?: Location;
  readonly evidence?: Evidence;
  readonly attendance?: PointAttendance;
  readonly vote?: VoteEvidence;
  /** Set on the vote of a compte administratif or compte financier unique. */
  readonly compteAdministratif?: CompteAdministratifEvidence;
}

/**
 * What a council rule (CM-*) reads, whatever produced it: the séance JSON or a parsed délibération both project
 * into it (as a lint rule runs on whatever its parser produced). One rule, one file, for both sources.
 */
export interface CouncilEvidence {
  /** What the findings speak of: one délibération's text, or the record of a whole séance. */
  readonly scope: "deliberation" | "seance";
  /** ISO date of the séance; undefined when a délibération's date could not be read. */
  readonly date?: string;
  readonly population?: number;
  readonly departement?: string;
  readonly firstMeetingAfterElection: boolean;
  readonly secondConvocation: boolean;
  readonly convocation?: ConvocationEvidence;
  /** Undefined when a délibération does not state both the members in office and the presents. */
  readonly attendance?: AttendanceEvidence;
  readonly points: readonly PointEvidence[];
}

export function defineCouncilRule<MessageId extends string>(
  rule: Rule<CouncilEvidence, MessageId>,
): Rule<CouncilEvidence, MessageId> {
  return defineRule(rule);
}

/** The rule run on another subject through its projection into council evidence; nothing to read, nothing said. */
export function projected<Subject, MessageId extends string>(
  rule: Rule<CouncilEvidence, MessageId>,
  project: (subject: Subject) => CouncilEvidence | undefined,
): Rule<Subject, MessageId> {
  return {
    meta: rule.meta,
    check(subject, context) {
      const evidence = project(subject);
      if (evidence) rule.check(evidence, context);
    },
  };
}
