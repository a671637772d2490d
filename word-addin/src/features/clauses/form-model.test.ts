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
    expect(readForm(variables, initialInputs(variables, prefill))).toEqual({
      values: prefill,
      errors: {},
      missing: [],
    });
  });

  it("une erreur par champ inutilisable, en français ; un champ vide n'est pas une erreur mais un champ à compléter", () => {
    const variables = [spec("commune"), spec("votants"), spec("president")];
    expect(readForm(variables, { commune: "", votants: "treize", president: { civilite: "Mme", nom: " " } })).toEqual({
      values: {},
      errors: { votants: "« Nombre de votants » : nombre entier attendu." },
      missing: ["commune", "president"],
    });
  });
});
