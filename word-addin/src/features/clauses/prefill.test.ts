import { SAMPLE_DELIBERATION } from "../../host/sample-act";
import { EXAMPLE_VALUES } from "@shared/domain/acts/clauses";
import { HELD, PLANNED, PROFILE } from "@shared/documents/test-facts.test-support";
import { prefillFromSeance, prefillValues } from "./prefill";

describe("préremplissage des clauses", () => {
  it("préremplit la séance depuis la délibération ouverte, le profil de la commune s'il est connu, et rien d'autre", () => {
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
    // No example: what neither the text nor a profile gives stays empty.
    expect(Object.keys(values).sort()).toEqual([...fromDocument].sort());
    expect(values.commune).toBeUndefined();
    expect(prefillValues("")).toEqual({ values: {}, fromDocument: [] });
    const withProfile = prefillValues(SAMPLE_DELIBERATION, PROFILE).values;
    expect(withProfile).toMatchObject({ commune: "Les Essarts-le-Bas", tribunal: "Nantes", votants: 13 });
    expect(withProfile.commune).not.toBe(EXAMPLE_VALUES.commune);
  });
});

describe("préremplissage d'un document généré pour une séance", () => {
  it("reprend les enregistrements de la séance et dit d'où vient chaque valeur, sans aucun exemple", () => {
    const { values, sources, fromDocument } = prefillFromSeance(HELD, "31", "Délibération n° 2026-045");
    expect(values).toMatchObject({
      commune: "Les Essarts-le-Bas",
      dateSeance: "2026-12-15",
      heureSeance: "20 h 00",
      dateConvocation: "2026-12-08",
      enExercice: 5,
      presents: 3,
      representes: 1,
      votants: 4,
      pour: 4,
      listePouvoirs: "Nadia Benali à Sophie Garnier",
      secretaire: { civilite: "Mme", nom: "Sophie Garnier" },
      tribunal: "Nantes",
    });
    expect(sources).toMatchObject({
      commune: "profil de la commune",
      dateSeance: "séance",
      presents: "présences",
      pour: "vote du point",
    });
    expect(fromDocument).toEqual([]);
    // Every value has a record behind it: nothing comes from the library's example séance.
    expect(Object.keys(values).sort()).toEqual(Object.keys(sources).sort());
    expect(values.commune).not.toBe(EXAMPLE_VALUES.commune);
  });

  it("avant la séance, les effectifs et le vote restent vides", () => {
    const { values } = prefillFromSeance(PLANNED, "31", "");
    expect(values.presents).toBeUndefined();
    expect(values.pour).toBeUndefined();
    expect(values.dateConvocation).toBe("2026-12-08");
  });
});
