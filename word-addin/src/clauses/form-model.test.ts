import { VARIABLES } from "@shared/domain/acts/clauses";
import type { VariableSpec } from "@shared/domain/acts/clauses";
import { toInput } from "./field-input";
import { initialInputs, readForm } from "./form-model";

const spec = (name: keyof typeof VARIABLES): VariableSpec => ({ ...VARIABLES[name], name });

describe("formulaire de variables", () => {
  it("aller-retour : les valeurs préremplies relues donnent les mêmes valeurs", () => {
    const variables = [
      spec("montantCaution"),
      spec("tauxMaire"),
      spec("maire"),
      spec("president"),
      spec("dateSeance"),
      spec("votants"),
    ];
    const prefill = {
      montantCaution: 50_000,
      tauxMaire: 40.3,
      maire: "madame",
      president: { civilite: "Mme", nom: "Claire DUBOIS" },
      dateSeance: "2025-04-03",
      votants: 13,
    };
    expect(toInput(spec("montantCaution"), 50_000)).toBe("500,00");
    expect(readForm(variables, initialInputs(variables, prefill))).toEqual({ values: prefill, errors: {} });
  });

  it("une erreur par champ inutilisable, en français", () => {
    const variables = [spec("commune"), spec("votants")];
    expect(readForm(variables, { commune: "", votants: "treize" })).toEqual({
      values: {},
      errors: {
        commune: "« Nom de la commune » : valeur manquante.",
        votants: "« Nombre de votants » : nombre entier attendu.",
      },
    });
  });
});
