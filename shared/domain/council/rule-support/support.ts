import { defineRule } from "../../rules";
import type { Rule } from "../../rules";
import type { SeanceSubject } from "../subject";

/** Every CM-* rule checks a SeanceSubject; this keeps the modules free of the generic parameters. */
export function defineSeanceRule<MessageId extends string>(
  rule: Rule<SeanceSubject, MessageId>,
): Rule<SeanceSubject, MessageId> {
  return defineRule(rule);
}
