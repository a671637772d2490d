import { asPerson, asText, numberInput, validation } from "./field-view";

describe("l'état affiché d'un champ", () => {
  it.each([
    ["une erreur l'emporte", "Montant attendu.", true, { validationMessage: "Montant attendu." }],
    [
      "un champ vide est à compléter",
      undefined,
      true,
      { validationState: "warning", validationMessage: "À compléter : laissé vide et surligné dans l'acte." },
    ],
    ["un champ rempli et juste ne dit rien", undefined, false, {}],
  ])("%s", (_case, error, empty, expected) => {
    expect(validation(error, empty)).toEqual(expected);
  });
});

describe("ce qu'un champ lit de sa saisie", () => {
  it.each([
    ["un texte se lit tel quel", "Dupont", "Dupont", { civilite: "", nom: "" }],
    ["une personne n'est pas un texte", { civilite: "Mme", nom: "Martin" }, "", { civilite: "Mme", nom: "Martin" }],
  ] as const)("%s", (_case, input, text, person) => {
    expect(asText(input)).toBe(text);
    expect(asPerson(input)).toEqual(person);
  });
});

describe("un champ de nombre", () => {
  it.each([
    ["montant", "decimal", "€"],
    ["percent", "decimal", "%"],
    ["integer", "numeric", undefined],
  ] as const)("%s → clavier %s, unité %s", (type, inputMode, contentAfter) => {
    expect(numberInput(type)).toEqual({ inputMode, contentAfter });
  });
});
