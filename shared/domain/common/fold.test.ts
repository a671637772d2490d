import { foldKey, foldText } from "./fold";

describe("foldText : le texte d'un acte plié pour la recherche, position pour position", () => {
  it("met en minuscules, ôte les accents, simplifie apostrophes, espaces et tirets", () => {
    expect(foldText("Délibération n° 2025\u201312 : l\u2019Arrêté\u00a0Maïs")).toBe(
      "deliberation n° 2025-12 : l'arrete mais",
    );
  });

  it("ôte aussi l'accent d'une lettre que la table ne nomme pas", () => {
    expect(foldText("Łódź Ő Å")).toBe("łodz o a");
  });

  it.each(["Élu·e\u0301 à Saint-Éloi", "a\u0300b", "İstanbul", "😀 é", "\t`x`"])(
    "garde la longueur de « %s » : une position du texte plié est une position du texte",
    (text) => {
      expect(foldText(text)).toHaveLength(text.length);
    },
  );
});

describe("foldKey : une clé, un libellé ou un nom comparés comme on les tape", () => {
  it.each([
    ["Crédits votés", "credits votes"],
    ["  CRÉDITS   VOTÉS ", "credits votes"],
    ["Cre\u0301dits vote\u0301s", "credits votes"],
    ["Date d\u2019accusé de réception", "date d'accuse de reception"],
    ["Jean-François\u00a0Lefèvre", "jean-francois lefevre"],
    ["İlker", "ilker"],
  ])("« %s » se plie en « %s »", (text, folded) => {
    expect(foldKey(text)).toBe(folded);
  });

  it("distingue ce qui diffère autrement que par la casse, les accents ou les espaces", () => {
    expect(foldKey("Réalisé")).not.toBe(foldKey("Réalisée"));
  });
});
