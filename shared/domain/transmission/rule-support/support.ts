import type { Rule } from "../../rules";
import { defineRule } from "../../rules";
import type { TransmissionSubject } from "../subject";

export type TransmissionRule = Rule<TransmissionSubject>;

/**
 * A TDT rule checks the envelope of an act that goes to the préfet: an act L2131-2 leaves out has no envelope, and
 * TDT-TRANSMISSIBLE alone speaks of it.
 */
export function defineTransmissionRule<MessageId extends string>(
  rule: Rule<TransmissionSubject, MessageId>,
): Rule<TransmissionSubject, MessageId> {
  return defineRule({
    meta: rule.meta,
    check(subject, context) {
      if (subject.record.transmissible) rule.check(subject, context);
    },
  });
}
