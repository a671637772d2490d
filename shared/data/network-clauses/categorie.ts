import { SECTIONS_OF_KIND, isSubject, SUBJECTS } from "@shared/domain/acts/clauses";
import type { ActType, ClauseKind, Section, Subject } from "@shared/domain/acts/clauses";
import { foldText } from "@shared/domain/common/fold";

/**
 * Where a network clause belongs, read from the `Categorie` column of the `clauses` list: words separated by spaces,
 * commas or semicolons, each an act type (`deliberation`, `arrete`), a subject of the catalog (`tarifs-cantine`,
 * `permission-de-voirie`…) or a kind of clause (`visa`, `considerant`, `dispositif`, `recours`…). The Teams tab
 * writes `deliberation`. A subject implies its act type; without any act type the clause fits both; without a
 * kind, its first words tell (« Vu … » is a visa, « Considérant … » a considérant), else it is a dispositif.
 */
export interface Placement {
  readonly actTypes: readonly ActType[];
  readonly subjects: readonly Subject[];
  readonly kind: ClauseKind;
  readonly section: Section;
  /** Words of the column that are none of the above, for the data problems shown to the secretary. */
  readonly unknown: readonly string[];
}

const ACT_TYPES: Readonly<Record<string, ActType>> = { deliberation: "deliberation", arrete: "arrete" };
const KINDS: readonly string[] = Object.keys(SECTIONS_OF_KIND);
const isKind = (word: string): word is ClauseKind => KINDS.includes(word);

/** Where an inserted network clause goes by default: a dispositif is an article, not the « DÉCIDE » formula. */
const SECTION_OF_KIND: Readonly<Record<ClauseKind, Section>> = {
  preambule: "en-tete",
  "mention-seance": "seance",
  visa: "visas",
  considerant: "considerants",
  dispositif: "articles",
  recours: "recours",
  executoire: "executoire",
  signature: "signature",
};

function kindFromText(text: string): ClauseKind {
  const start = foldText(text.trimStart());
  if (/^vu\b/.test(start)) return "visa";
  if (/^(?:considerant|attendu)\b/.test(start)) return "considerant";
  if (/recours/.test(start) && /tribunal administratif/.test(start)) return "recours";
  return "dispositif";
}

export function parsePlacement(categorie: string | undefined, text: string): Placement {
  const words = foldText(categorie ?? "")
    .split(/[\s,;]+/)
    .filter((w) => w.length > 0);
  const actTypes = new Set<ActType>();
  const subjects: Subject[] = [];
  const unknown: string[] = [];
  let kind: ClauseKind | undefined;
  for (const word of words) {
    const actType = ACT_TYPES[word];
    if (actType) actTypes.add(actType);
    else if (isSubject(word)) subjects.push(word);
    else if (isKind(word)) kind = word;
    else unknown.push(word);
  }
  for (const subject of subjects) actTypes.add(SUBJECTS[subject].actType);
  const resolvedKind = kind ?? kindFromText(text);
  return {
    actTypes: actTypes.size > 0 ? [...actTypes] : ["deliberation", "arrete"],
    subjects,
    kind: resolvedKind,
    section: SECTION_OF_KIND[resolvedKind],
    unknown,
  };
}
