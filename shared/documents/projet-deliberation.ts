import { articleLabel, clauseLibrary } from "@shared/domain/acts/clauses";
import type { ClauseLibrary, SkeletonPart, Subject } from "@shared/domain/acts/clauses";
import { skeletonInlines } from "./clause-text";
import type { Block, DocumentSpec, Inline } from "./docx-kit";
import { blank } from "./docx-kit";
import { letterheadOf } from "./letterhead";
import { subjectOfTitle } from "./point-subject";
import type { PointFacts, SeanceFacts } from "./seance-facts";
import { seanceClauseValues } from "./seance-values";

/** A subject any délibération fits, whose skeleton gives the generic clauses (séance, visas, recours…). */
const FRAME_SUBJECT: Subject = "conventions";

/** The skeleton of a point with no subject of its own: the generic clauses, the dispositif left to write. */
function frameParts(library: ClauseLibrary): { before: SkeletonPart[]; after: SkeletonPart[] } {
  const generic = library.assembleSkeleton("deliberation", FRAME_SUBJECT).filter((p) => p.clause.subjects.length === 0);
  const split = generic.findIndex((p) => p.clause.section === "formule") + 1;
  let article = 1;
  const renumber = (p: SkeletonPart): SkeletonPart =>
    p.article === undefined ? { clause: p.clause } : { clause: p.clause, article: ++article };
  return { before: generic.slice(0, split), after: generic.slice(split).map(renumber) };
}

export interface ProjetOptions {
  readonly library?: ClauseLibrary;
}

/**
 * The projet de délibération of a point: the validated clauses of its subject (read from its title) in legal order,
 * the séance's facts filled in from the records, every other value an empty highlighted field; marked as a draft.
 */
export function projetDeliberation(facts: SeanceFacts, point: PointFacts, options: ProjetOptions = {}): DocumentSpec {
  const library = options.library ?? clauseLibrary;
  const { values } = seanceClauseValues(facts, point);
  const subject = subjectOfTitle(point.titre);
  let paragraphs: Inline[][];
  if (subject) {
    paragraphs = skeletonInlines(library.assembleSkeleton("deliberation", subject), values).blocks;
  } else {
    const { before, after } = frameParts(library);
    paragraphs = [
      ...skeletonInlines(before, values).blocks,
      [articleLabel(1), blank("Dispositif de la délibération")],
      ...skeletonInlines(after, values).blocks,
    ];
  }
  const blocks: Block[] = paragraphs.map((inlines) => ({ kind: "para", inlines }));
  return {
    title: `Projet de délibération — ${point.titre}`,
    kind: "projet-deliberation",
    seanceId: facts.seanceId,
    pointId: point.id,
    draft: true,
    letterhead: letterheadOf(facts.commune),
    blocks,
  };
}
