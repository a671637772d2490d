import type {
  ClauseRecord,
  ClauseValidationRecord,
  ClauseVersionRecord,
  QuestionRecord,
  ReponseRecord,
} from "../../app/data/ports";
import { versionStatus } from "@shared/data/network-clauses/status";
import { foldKey } from "@shared/domain/common/fold";

export type Theme = NonNullable<QuestionRecord["theme"]>;

export const THEME_LABELS: Readonly<Record<Theme, string>> = {
  budget: "Budget",
  seance: "Séances",
  urbanisme: "Urbanisme",
  rh: "Ressources humaines",
  "etat-civil": "État civil",
  autre: "Autre",
};

export interface Thread {
  readonly question: QuestionRecord;
  readonly reponses: ReponseRecord[];
}

/** Questions matching the theme and every word of the search (in the question or its answers), newest first. */
export function searchThreads(
  questions: readonly QuestionRecord[],
  reponses: readonly ReponseRecord[],
  search: string,
  theme?: Theme,
): Thread[] {
  const words = foldKey(search).split(/\s+/).filter(Boolean);
  return questions
    .filter((q) => !theme || q.theme === theme)
    .map((question) => ({
      question,
      reponses: reponses
        .filter((r) => r.question === question.id)
        .sort((a, b) => (a.reponduLe ?? "").localeCompare(b.reponduLe ?? "")),
    }))
    .filter(({ question, reponses: answers }) => {
      const haystack = foldKey(
        [question.sujet, question.texte, ...answers.map((r) => `${r.resume} ${r.texte}`)].join(" "),
      );
      return words.every((w) => haystack.includes(w));
    })
    .sort((a, b) => (b.question.poseeLe ?? "").localeCompare(a.question.poseeLe ?? ""));
}

export interface ProposedVersion {
  readonly clause: ClauseRecord | undefined;
  readonly version: ClauseVersionRecord;
}

/**
 * A proposed version awaits a référent; validating it creates the référent's decision in the validations list
 * (then it reaches the Word add-ins).
 */
export function proposedVersions(
  clauses: readonly ClauseRecord[],
  versions: readonly ClauseVersionRecord[],
  validations: readonly ClauseValidationRecord[],
): ProposedVersion[] {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  return versions
    .filter((v) => versionStatus(v, validations) === "proposee")
    .map((version) => ({ clause: byId.get(version.clause), version }));
}

/** The validated text of each clause: its latest validated version (a withdrawn one no longer counts). */
export function validatedClauses(
  clauses: readonly ClauseRecord[],
  versions: readonly ClauseVersionRecord[],
  validations: readonly ClauseValidationRecord[],
): ProposedVersion[] {
  return clauses.flatMap((clause) => {
    const latest = versions
      .filter((v) => v.clause === clause.id && versionStatus(v, validations) === "validee")
      .sort((a, b) => b.version - a.version)[0];
    return latest ? [{ clause, version: latest }] : [];
  });
}
