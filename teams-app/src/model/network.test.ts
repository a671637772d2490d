import type { ClauseRecord, ClauseVersionRecord, QuestionRecord, ReponseRecord } from "../data/ports";
import { proposedVersions, searchThreads, validatedClauses } from "./network";

const question = (id: string, sujet: string, theme: QuestionRecord["theme"], poseeLe: string): QuestionRecord => ({
  id,
  eTag: "e",
  sujet,
  texte: sujet,
  theme,
  poseeLe,
});
const reponse = (id: string, questionId: string, texte: string): ReponseRecord => ({
  id,
  eTag: "e",
  resume: texte,
  question: questionId,
  texte,
});

describe("questions du réseau", () => {
  const questions = [
    question("1", "Délai de convocation en urgence", "seance", "2026-11-01"),
    question("2", "Amortissement des subventions", "budget", "2026-11-10"),
  ];
  const reponses = [reponse("1", "1", "Un jour franc au minimum.")];

  it("cherche sans tenir compte des accents, dans la question et ses réponses", () => {
    expect(searchThreads(questions, reponses, "delai").map((t) => t.question.id)).toEqual(["1"]);
    expect(searchThreads(questions, reponses, "jour franc").map((t) => t.question.id)).toEqual(["1"]);
    expect(searchThreads(questions, reponses, "délai budget")).toEqual([]);
  });

  it("filtre par thème et classe les plus récentes d'abord", () => {
    expect(searchThreads(questions, reponses, "").map((t) => t.question.id)).toEqual(["2", "1"]);
    expect(searchThreads(questions, reponses, "", "budget").map((t) => t.question.id)).toEqual(["2"]);
  });
});

describe("clauses partagées", () => {
  const clauses: ClauseRecord[] = [{ id: "1", eTag: "e", intitule: "Voies de recours", versionCourante: 1 }];
  const version = (id: string, v: number, valideeLe?: string): ClauseVersionRecord => ({
    id,
    eTag: "e",
    titre: `v${v}`,
    clause: "1",
    version: v,
    texte: `texte ${v}`,
    ...(valideeLe ? { valideeLe } : {}),
  });

  it("une version sans date de validation est une proposition ; la clause validée est sa dernière version validée", () => {
    const versions = [version("1", 1, "2025-01-01"), version("2", 2)];
    expect(proposedVersions(clauses, versions).map((p) => p.version.id)).toEqual(["2"]);
    expect(validatedClauses(clauses, versions).map((p) => p.version.version)).toEqual([1]);
    expect(
      validatedClauses(clauses, [version("1", 1, "2025-01-01"), version("2", 2, "2026-01-01")]).map(
        (p) => p.version.version,
      ),
    ).toEqual([2]);
  });

  it("une version retirée n'est plus la clause validée, un brouillon n'est pas proposé au référent (comme dans Word)", () => {
    const retired = { ...version("2", 2, "2026-01-01"), statut: "retiree" as const };
    const draft = { ...version("3", 3), statut: "brouillon" as const };
    expect(validatedClauses(clauses, [version("1", 1, "2025-01-01"), retired]).map((p) => p.version.version)).toEqual([
      1,
    ]);
    expect(validatedClauses(clauses, [retired])).toEqual([]);
    expect(proposedVersions(clauses, [retired, draft])).toEqual([]);
  });
});
