import { BALANCED_LINES, line, replace } from "@tests/fixtures/budgets/builders";
import { pairedEdits } from "./ordre-pairs";

const at = (lines: readonly { nature: string; sens: string }[], nature: string, sens: "D" | "R") =>
  lines.findIndex((l) => l.nature === nature && l.sens === sens);

describe("pairedEdits : 023/021 et 040/042 égaux pendant la saisie", () => {
  it("la dépense 023 saisie porte la recette 021 au même montant", () => {
    const lines = replace(BALANCED_LINES, "023", line("F", "D", "023", "023", 25000));
    expect(pairedEdits(lines, [at(lines, "023", "D")])).toEqual({
      edits: [{ index: at(lines, "021", "R"), credits: 2_500_000 }],
      notices: [],
    });
  });

  it("la recette 021 saisie porte la dépense 023 ; rien à faire quand la paire est déjà égale", () => {
    const lines = replace(BALANCED_LINES, "021", line("I", "R", "021", "021", 18000));
    expect(pairedEdits(lines, [at(lines, "021", "R")]).edits).toEqual([
      { index: at(lines, "023", "D"), credits: 1_800_000 },
    ]);
    expect(pairedEdits(BALANCED_LINES, [at(BALANCED_LINES, "023", "D")])).toEqual({ edits: [], notices: [] });
  });

  it("amortissements : la somme des dépenses 042 va à la seule recette 040", () => {
    const lines = [
      ...BALANCED_LINES,
      line("F", "D", "042", "6811", 3000),
      line("F", "D", "042", "6812", 500),
      line("I", "R", "040", "28183", 1000),
    ];
    expect(pairedEdits(lines, [lines.length - 2]).edits).toEqual([{ index: lines.length - 1, credits: 350_000 }]);
  });

  it("contrepartie absente ou répartie sur plusieurs lignes : le volet le dit, sans rien écrire", () => {
    const absent = [...BALANCED_LINES, line("I", "D", "040", "2031", 700)];
    expect(pairedEdits(absent, [absent.length - 1])).toEqual({
      edits: [],
      notices: ["Ajoutez une ligne en recette 042 de 700,00\u202f€, égale à la dépense 040."],
    });
    const spread = [
      ...BALANCED_LINES,
      line("F", "D", "042", "6811", 900),
      line("I", "R", "040", "28183", 100),
      line("I", "R", "040", "28184", 100),
    ];
    expect(pairedEdits(spread, [spread.length - 3]).notices).toEqual([
      "La recette 040 est répartie sur 2 lignes : portez-la vous-même à 900,00\u202f€, égale à la dépense 042.",
    ]);
  });

  it("une ligne hors des paires ne demande rien", () => {
    expect(pairedEdits(BALANCED_LINES, [0])).toEqual({ edits: [], notices: [] });
  });
});
