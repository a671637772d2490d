import type {
  ClauseRecord,
  ClauseValidationRecord,
  ClauseVersionRecord,
  QuestionRecord,
  ReponseRecord,
} from "../../app/data/ports";
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
  const version = (id: string, v: number, statut?: ClauseVersionRecord["statut"]): ClauseVersionRecord => ({
    id,
    eTag: "e",
    titre: `v${v}`,
    clause: "1",
    version: v,
    texte: `texte ${v}`,
    ...(statut ? { statut } : {}),
  });
  /** A référent's decision on version v's text, an item of the validations list. */
  const decided = (v: number, decision: ClauseValidationRecord["decision"] = "validee"): ClauseValidationRecord => ({
    id: String(v * 10 + (decision === "retiree" ? 1 : 0)),
    eTag: "e",
    titre: `v${v}`,
    clause: "1",
    version: v,
    texte: `texte ${v}`,
    decision,
  });

  it("une version sans décision d'un référent est une proposition ; la clause validée est sa dernière version validée", () => {
    const versions = [version("1", 1), version("2", 2)];
    expect(proposedVersions(clauses, versions, [decided(1)]).map((p) => p.version.id)).toEqual(["2"]);
    expect(validatedClauses(clauses, versions, [decided(1)]).map((p) => p.version.version)).toEqual([1]);
    expect(validatedClauses(clauses, versions, [decided(1), decided(2)]).map((p) => p.version.version)).toEqual([2]);
  });

  it("la colonne ValideeLe, que tout contributeur peut écrire, ne valide rien ; un texte modifié depuis la décision non plus", () => {
    const stamped = { ...version("1", 1), valideeLe: "2025-01-01T10:00:00Z", valideePar: "Quelqu'un" };
    expect(validatedClauses(clauses, [stamped], [])).toEqual([]);
    const edited = { ...version("1", 1), texte: "texte changé" };
    expect(validatedClauses(clauses, [edited], [decided(1)])).toEqual([]);
    expect(proposedVersions(clauses, [edited], [decided(1)]).map((p) => p.version.id)).toEqual(["1"]);
  });

  it("une version retirée n'est plus la clause validée, un brouillon n'est pas proposé au référent (comme dans Word)", () => {
    const decisions = [decided(1), decided(2), decided(2, "retiree")];
    const versions = [version("1", 1), version("2", 2), version("3", 3, "brouillon")];
    expect(validatedClauses(clauses, versions, decisions).map((p) => p.version.version)).toEqual([1]);
    expect(validatedClauses(clauses, [version("2", 2)], decisions)).toEqual([]);
    expect(proposedVersions(clauses, versions.slice(1), decisions)).toEqual([]);
  });
});
