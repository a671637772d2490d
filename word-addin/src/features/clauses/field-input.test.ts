import { VARIABLES } from "@shared/domain/acts/clauses";
import type { VariableSpec } from "@shared/domain/acts/clauses";
import { checkField, parseEuros } from "./field-input";

const spec = (name: keyof typeof VARIABLES): VariableSpec => ({ ...VARIABLES[name], name });

describe("saisie des variables d'une clause", () => {
  it.each([
    ["1 234,56", 123_456],
    ["1\u202f234,56 €", 123_456],
    ["800", 80_000],
    ["12.5", 1_250],
  ])("lit « %s » en centimes", (text, cents) => expect(parseEuros(text)).toBe(cents));

  it.each(["12,345", "douze", "-5", ""])("refuse « %s » comme montant", (text) =>
    expect(parseEuros(text)).toBeUndefined(),
  );

  it("donne des erreurs en français qui nomment le champ", () => {
    expect(checkField(spec("montantCaution"), "cinq cents")).toEqual({
      ok: false,
      error: expect.stringMatching(/^« Montant.*euros attendu/),
    });
    expect(checkField(spec("dateSeance"), "2025-02-30")).toEqual({
      ok: false,
      error: expect.stringContaining("n'est pas une date valide"),
    });
    expect(checkField(spec("presents"), "onze")).toEqual({
      ok: false,
      error: expect.stringContaining("nombre entier attendu"),
    });
    expect(checkField(spec("commune"), "  ")).toEqual({
      ok: false,
      error: expect.stringContaining("valeur manquante"),
    });
    expect(checkField(spec("tauxMaire"), "40,3")).toEqual({ ok: true, value: 40.3 });
    expect(checkField(spec("dateSeance"), "03/04/2025")).toEqual({ ok: true, value: "2025-04-03" });
    expect(checkField(spec("secretaire"), { civilite: "Mme", nom: "Marie LEFEBVRE" })).toEqual({
      ok: true,
      value: { civilite: "Mme", nom: "Marie LEFEBVRE" },
    });
    expect(checkField(spec("secretaire"), { civilite: "", nom: "Marie" }).ok).toBe(false);
  });
});
