import { formatMessage, runRules } from "../../rules";
import type { Finding } from "../../rules";
import type { ParsedAct } from "../model";
import { findObsoleteReferences } from "../obsolete-references";
import type { ObsoleteReference } from "../obsolete-references";
import { parseAct } from "../parse";
import { ACT_RULES } from "../rules";
import { actSubject } from "../subject";
import type { Clause } from "./model";
import { SUBJECTS } from "./subjects";

const RULE_MESSAGES = new Map(ACT_RULES.map((rule) => [rule.meta.id, rule.meta.messages]));

/** A finding is an obsolete-reference one when it is, word for word, its rule's `obsolete` message for one of them. */
function isObsoleteFinding(finding: Finding, refs: readonly ObsoleteReference[]): boolean {
  const template = RULE_MESSAGES.get(finding.rule)?.["obsolete"];
  if (template === undefined) return false;
  return refs.some(
    (ref) =>
      formatMessage(template, { match: ref.match, reason: ref.reason, replacement: ref.replacement }) ===
      finding.message,
  );
}

/**
 * The checker's obsolete-reference findings on a clause's text, as the act rules would report them once the clause
 * stands in an act of each of its types. The clause's title and subjects become the act's objet, because several
 * rules only look at the references of their matter (a "taxe d'habitation" is obsolete in a vote of the taux only).
 */
export function obsoleteReferenceFindings(
  clause: Pick<Clause, "title" | "template" | "actTypes" | "subjects">,
  date: string,
): Finding[] {
  const refs = findObsoleteReferences(clause.template, date);
  if (refs.length === 0) return [];
  const objet = [clause.title, ...clause.subjects.map((s) => SUBJECTS[s].label)].join(" — ");
  const parsed = parseAct(`Objet : ${objet}\n${clause.template}`);
  const found = new Map<string, Finding>();
  for (const kind of clause.actTypes) {
    const act: ParsedAct = { ...parsed, kind };
    for (const finding of runRules(ACT_RULES, actSubject(act), { date })) {
      if (isObsoleteFinding(finding, refs)) found.set(`${finding.rule} ${finding.message}`, finding);
    }
  }
  return [...found.values()];
}
