import { parseAct } from "@shared/domain/acts";
import type { ClauseValues } from "@shared/domain/acts/clauses";
import type { CommuneProfile } from "@shared/domain/commune/profile";
import type { SeanceFacts } from "@shared/documents/seance-facts";
import { profileClauseValues, seanceClauseValues } from "@shared/documents/seance-values";

/**
 * The values a clause form starts with on a document linked to no séance: the commune profile when the pane knows
 * it, then what the open délibération says of its séance (date, convocation, effectifs, vote). Never an example:
 * a value neither gives stays an empty field, inserted empty and highlighted, that the act checker reports.
 */
export function prefillValues(
  documentText: string,
  profile?: CommuneProfile,
): { values: ClauseValues; fromDocument: readonly string[] } {
  const found = documentValues(documentText);
  const fromProfile = profile ? profileClauseValues(profile) : {};
  const known = Object.fromEntries(Object.entries(fromProfile).filter(([, v]) => v !== undefined && v !== ""));
  return { values: { ...known, ...found }, fromDocument: Object.keys(found) };
}

/** What the open délibération's text says of its séance: date, convocation, effectifs, vote. */
function documentValues(documentText: string): Record<string, unknown> {
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
  return found;
}

/**
 * On a document generated for a séance: the séance's records first (profile, séance, attendance, the point's vote),
 * then what the text says; never an example. `sources` says where each value came from, for the form to show.
 */
export function prefillFromSeance(
  facts: SeanceFacts,
  pointId: string | undefined,
  documentText: string,
): { values: ClauseValues; fromDocument: readonly string[]; sources: Readonly<Record<string, string>> } {
  const fromText = documentValues(documentText);
  const point = facts.points.find((p) => p.id === pointId);
  const seance = seanceClauseValues(facts, point);
  const fromDocument = Object.keys(fromText).filter((key) => !Object.hasOwn(seance.values, key));
  return {
    values: { ...fromText, ...seance.values },
    fromDocument,
    sources: { ...Object.fromEntries(fromDocument.map((key) => [key, "texte du document"])), ...seance.sources },
  };
}
