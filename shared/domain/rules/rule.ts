import type { Evidence, Location, Severity } from "./finding";

/**
 * How a rule's legal basis was verified, after the catalogs in shared/spec:
 * V = read in the current text, V2015 = in a 2015 consolidation, D = doctrine or case law, M = not verified.
 * An M rule never reports at error level (seance-actes-reference.md §F.3): the runner downgrades it.
 */
export type Verification = "V" | "V2015" | "D" | "M" | "data";

/** Period during which the law a rule encodes is in force (ISO dates, both inclusive, either open). */
export interface Effective {
  readonly from?: string;
  readonly until?: string;
}

export interface RuleMeta<MessageId extends string> {
  /** The contract id from shared/spec (CM-006, DEL-015, BUD-EQ-SECT-F, PLAN-EQUILIBRE…). */
  readonly id: string;
  /** Default severity; a report may raise or lower it where the catalog gives two levels. */
  readonly severity: Severity;
  /** French title shown to the secretary. */
  readonly title: string;
  /** Legal reference as printed after each finding: "CGCT L2121-11", "CJA R421-1". */
  readonly ref: string;
  readonly verification: Verification;
  readonly effective?: Effective;
  /** French message templates; `{name}` placeholders are filled from the report's data. */
  readonly messages: Readonly<Record<MessageId, string>>;
  /** Known limits of the implementation, in French. */
  readonly note?: string;
}

export type MessageData = Readonly<Record<string, string | number>>;

export interface Report<MessageId extends string> {
  readonly messageId: MessageId;
  readonly data?: MessageData;
  readonly at?: Location;
  readonly severity?: Severity;
  /** The fact the report rests on: an inferred one never blocks (error becomes a warning « à vérifier »). */
  readonly evidence?: Evidence;
}

export interface RuleContext<MessageId extends string> {
  /** The date whose law applies (ISO yyyy-mm-dd): the act's or séance's date, or --date, or today. */
  readonly date: string;
  readonly report: (report: Report<MessageId>) => void;
}

export interface Rule<Subject, MessageId extends string = string> {
  readonly meta: RuleMeta<MessageId>;
  check(subject: Subject, context: RuleContext<MessageId>): void;
}

/** Identity helper that lets rule authors get messageId inference without annotations. */
export function defineRule<Subject, MessageId extends string>(
  rule: Rule<Subject, MessageId>,
): Rule<Subject, MessageId> {
  return rule;
}
