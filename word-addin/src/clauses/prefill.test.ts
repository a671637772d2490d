import { SAMPLE_DELIBERATION } from "../taskpane/sample-act";
import { prefillValues } from "./prefill";

describe("préremplissage des clauses", () => {
  it("préremplit la séance depuis la délibération ouverte, l'exemple pour le reste", () => {
    const { values, fromDocument } = prefillValues(SAMPLE_DELIBERATION);
    expect(values).toMatchObject({
      dateSeance: "2025-09-18",
      dateConvocation: "2025-09-12",
      enExercice: 15,
      presents: 11,
      votants: 13,
      pour: 12,
      contre: 1,
    });
    expect(fromDocument).toEqual(expect.arrayContaining(["dateSeance", "votants", "pour"]));
    expect(values.commune).toBe("Saint-Martin-des-Prés");
    expect(prefillValues("").fromDocument).toEqual([]);
  });
});
