import type { Evidence, Location, Rule } from "../../rules";
import { defineRule } from "../../rules";

/** A fact as a council rule reads it, from a séance's field or from words of an act, with where it lies. */
export interface Fact<T> {
  readonly value: T;
  readonly at?: Location;
  /** How the fact was read; unset for a séance's fields, which the secretary typed. */
  readonly evidence?: Evidence;
}

export interface ConvocationEvidence {
  readonly sentOn?: Fact<string>;
  readonly urgence: boolean;
  readonly urgenceAt?: Location;
  /** The council voted on the urgency at the opening; undefined when nothing says so. */
  readonly urgenceVoted?: boolean;
  /** The note explicative de synthèse was sent; undefined when nothing says. */
  readonly noteDeSynthese?: boolean;
}

/** A point of the séance as the agenda rules read it. */
export interface PointEvidence {
  readonly subject: string;
  readonly at?: Location;
  /** false: put on the agenda during the séance, not by the convocation. */
  readonly onAgenda?: boolean;
  /** A catch-all heading (« Questions diverses ») under which a decision was taken. */
  readonly decidedUnderCatchAll?: boolean;
  readonly decisionAt?: Location;
  readonly evidence?: Evidence;
}

/**
 * What a council rule (CM-*) reads, whatever produced it: the séance JSON or a parsed délibération both project
 * into it (as a lint rule runs on whatever its parser produced). One rule, one file, for both sources.
 */
export interface CouncilEvidence {
  /** What the findings speak of: one délibération's text, or the record of a whole séance. */
  readonly scope: "deliberation" | "seance";
  /** ISO date of the séance. */
  readonly date: string;
  readonly population?: number;
  readonly departement?: string;
  readonly firstMeetingAfterElection: boolean;
  readonly secondConvocation: boolean;
  readonly convocation?: ConvocationEvidence;
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
