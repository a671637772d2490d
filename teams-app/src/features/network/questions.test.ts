import type { Workspace } from "../../common/workspace";
import { answerByline, answerDraft, questionByline, questionDraft, themeOf } from "./questions";

const ws = (communeIds: readonly string[]): Workspace => ({
  communes: [],
  membres: [],
  identity: { nom: "Claire Moreau", role: "secretaire", membres: [], communeIds },
  today: "2026-11-20",
});

describe("questions du réseau, hors du volet", () => {
  it("une réponse garde son texte sans blancs autour, ses 80 premiers caractères pour titre, et sa référence si elle en a une", () => {
    const long = `  ${"a".repeat(100)}  `;
    const draft = answerDraft(ws(["1"]), { id: "7" }, long, "  ");
    expect(draft).toEqual({
      resume: "a".repeat(80),
      question: "7",
      texte: "a".repeat(100),
      auteur: "Claire Moreau",
      reponduLe: "2026-11-20T11:00:00Z",
    });
    expect(answerDraft(ws([]), { id: "7" }, "Oui", " CGCT L2121-12 ")).toMatchObject({ reference: "CGCT L2121-12" });
  });

  it("une question est rattachée à la première commune de son auteur, à aucune s'il n'en sert pas", () => {
    expect(questionDraft(ws(["3", "4"]), " Délai ", " Combien ? ", "seance")).toEqual({
      sujet: "Délai",
      texte: "Combien ?",
      theme: "seance",
      auteur: "Claire Moreau",
      poseeLe: "2026-11-20T11:00:00Z",
      commune: "3",
    });
    expect(questionDraft(ws([]), "Délai", "Combien ?", "budget")).not.toHaveProperty("commune");
  });

  it("lit un thème connu, « tous » sinon ; signe chaque message, « Anonyme » à défaut d'auteur", () => {
    expect(themeOf("budget")).toBe("budget");
    expect(themeOf("")).toBe("");
    expect(themeOf("<b>")).toBe("");
    expect(questionByline({ auteur: "Claire Moreau", poseeLe: "2026-11-20T11:00:00Z" })).toMatch(/^Claire Moreau, le /);
    expect(questionByline({})).toBe("Anonyme");
    expect(answerByline({ auteur: "Paul", reference: "CGCT L2121-12" })).toBe("Paul — CGCT L2121-12");
    expect(answerByline({})).toBe("Anonyme");
  });
});
