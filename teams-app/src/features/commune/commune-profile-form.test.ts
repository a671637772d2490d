import { derivedValues, profileChanged, profileFormErrors, profileFormOf, profilePatch } from "./commune-profile-form";
import type { ProfileForm } from "./commune-profile-form";

const form = (fields: Partial<ProfileForm> = {}): ProfileForm => ({
  ...profileFormOf({ id: "2", eTag: '"1"', nom: "Les Essarts-le-Bas", article: "les", departement: "49" }),
  population: "1210",
  publication: "electronique",
  enTete: "Mairie des Essarts-le-Bas\n\n 1 rue du Lavoir ",
  ...fields,
});

describe("formulaire du profil de la commune", () => {
  it("accepte un profil complet et écrit l'en-tête sans ligne vide", () => {
    expect(profileFormErrors(form())).toEqual({});
    expect(profilePatch(form())).toMatchObject({
      nom: "Les Essarts-le-Bas",
      article: "les",
      departement: "49",
      population: 1210,
      effectifLegal: undefined,
      tribunal: undefined,
      enTete: "Mairie des Essarts-le-Bas\n1 rue du Lavoir",
    });
  });

  it("propose le tribunal du département et l'effectif de la population quand les champs sont vides", () => {
    expect(derivedValues(form())).toEqual({ effectifLegal: 15, tribunal: "Tribunal administratif de Nantes" });
    expect(derivedValues(form({ departement: "", population: "" }))).toEqual({});
  });

  it.each<[Partial<ProfileForm>, keyof ProfileForm, RegExp]>([
    [{ nom: "  " }, "nom", /obligatoire/],
    [{ nom: "x".repeat(256) }, "nom", /255/],
    [{ nom: "Essarts-le-Bas" }, "article", /ne commence pas par l'article « les »/],
    [{ codeInsee: "4900" }, "codeInsee", /cinq caractères/],
    [{ departement: "20" }, "departement", /« 2A »/],
    [{ departement: "99" }, "departement", /département/],
    [{ population: "12,5" }, "population", /nombre entier/],
    [{ population: "-3" }, "population", /nombre entier/],
    [{ effectifLegal: "6" }, "effectifLegal", /7 à 69/],
    [{ tribunal: "t".repeat(300) }, "tribunal", /255/],
    [{ enTete: "a\nb\nc\nd\ne\nf\ng\nh\ni" }, "enTete", /8 lignes \(9 saisies\)/],
    [{ enTete: "a".repeat(121) }, "enTete", /120 caractères/],
  ])("refuse %o (%s) en français", (fields, field, message) => {
    const errors = profileFormErrors(form(fields));
    expect(errors[field]).toMatch(message);
    expect(Object.keys(errors)).toEqual([field]);
  });

  it("accepte la Corse et l'outre-mer", () => {
    expect(profileFormErrors(form({ departement: "2a", codeInsee: "2A004" }))).toEqual({});
    expect(profileFormErrors(form({ departement: "974", codeInsee: "97411" }))).toEqual({});
  });
});

describe("profil modifié", () => {
  it("n'offre l'enregistrement qu'après un changement d'au moins un champ", () => {
    expect(profileChanged(form(), form())).toBe(false);
    expect(profileChanged(form({ codeInsee: "49001" }), form())).toBe(true);
  });
});
