import { makeClause } from "@shared/domain/acts/clauses/make-clause.test-support";
import { insertions, reviewSkeleton } from "./skeleton";

const TODAY = "2026-11-20";
const validated = makeClause({ id: "dispositif", title: "Dispositif", template: "Le conseil fixe le tarif." });
const proposed = makeClause({ id: "visa", title: "Visa", status: "proposee", validatedBy: undefined, template: "Vu." });
const publicity = makeClause({ id: "publicite", title: "Mode de publicité", subjects: ["mode-de-publicite"] });

describe("l'acte complet, hors du volet", () => {
  it("insère chaque clause rendue, les articles numérotés", () => {
    const parts = [{ clause: proposed }, { clause: validated, article: 1 }];
    const inserted = insertions(parts, {});
    expect(inserted.map((i) => [i.clauseId, i.text])).toEqual([
      ["visa", "Vu."],
      ["dispositif", "Article 1er : Le conseil fixe le tarif."],
    ]);
  });

  it("compte les clauses validées et nomme celles qui ne le sont pas, au singulier comme au pluriel", () => {
    const one = reviewSkeleton([{ clause: validated }, { clause: proposed }], {}, TODAY);
    expect(one.summary).toBe(
      "2\u00a0clauses dans l'ordre légal, dont 1\u00a0validée par un référent du réseau\u202f; un seul formulaire pour toutes leurs variables.",
    );
    expect(one.unvalidated).toMatch(
      /^Cet acte assemble 1\u00a0clause non validée par un référent du réseau\u00a0: .*\(Visa — /,
    );
    const two = reviewSkeleton([{ clause: proposed }, { clause: { ...proposed, id: "visa-2" } }], {}, TODAY);
    expect(two.unvalidated).toMatch(/^Cet acte assemble 2\u00a0clauses non validées/);
    expect(two.summary).toMatch(/, dont 0\u00a0validée par/);
    expect(reviewSkeleton([{ clause: validated }], {}, TODAY)).toEqual({
      summary: expect.stringMatching(/^1\u00a0clause dans l'ordre légal, dont 1\u00a0validée par/),
    });
  });

  it("une clause exclue par les valeurs (publicité au choix dès 3 500 habitants) bloque l'acte, nommée", () => {
    const review = reviewSkeleton([{ clause: publicity }], { population: 4000 }, TODAY);
    expect(review.notApplicable).toMatch(/^Clauses qui ne s'appliquent pas ici : Mode de publicité : /);
    expect(reviewSkeleton([{ clause: publicity }], { population: 800 }, TODAY).notApplicable).toBeUndefined();
  });

  it("signale une seule fois chaque référence à vérifier", () => {
    const unknown = makeClause({ id: "a", references: ["CGCT L9999-99"] });
    const review = reviewSkeleton([{ clause: unknown }, { clause: { ...unknown, id: "b" } }], {}, TODAY);
    expect(review.toCheck).toMatch(/^Références à vérifier : /);
    const text = review.toCheck ?? "";
    expect(text.indexOf("L9999-99")).toBe(text.lastIndexOf("L9999-99"));
  });
});
