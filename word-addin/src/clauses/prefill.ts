import { parseAct } from "../../../shared/domain/acts";
import { EXAMPLE_VALUES } from "../../../shared/domain/acts/clauses";
import type { ClauseValues } from "../../../shared/domain/acts/clauses";

/**
 * The values a clause form starts with: what the open délibération already says of its séance (date, convocation,
 * effectifs, vote), then the library's example séance for the rest — always shown, to be checked before inserting.
 */
export function prefillValues(documentText: string): { values: ClauseValues; fromDocument: readonly string[] } {
  const act = parseAct(documentText);
  const found: Record<string, unknown> = {};
  if (act.kind === "deliberation") {
    if (act.date) found.dateSeance = act.date.iso;
    if (act.convocation) found.dateConvocation = act.convocation.iso;
    for (const name of ["enExercice", "presents", "representes", "votants"] as const) {
      const count = act.counts[name];
      if (count) found[name] = count.value;
    }
    if (act.vote?.pour !== undefined) found.pour = act.vote.pour;
    if (act.vote?.contre !== undefined) found.contre = act.vote.contre;
    if (act.vote?.abstentions !== undefined) found.abstentions = act.vote.abstentions;
  }
  return { values: { ...EXAMPLE_VALUES, ...found }, fromDocument: Object.keys(found) };
}
