import { joinValue, startsWithVowelSound } from "./french";

const join = (before: string, value: string): string => {
  const joined = joinValue(before, value);
  return joined.before + joined.value;
};

describe("français accordé à la jonction d'une valeur", () => {
  it.each([
    ["un emploi permanent de ", "adjoint technique", "un emploi permanent d'adjoint technique"],
    ["les fonctions de ", "agent d'entretien", "les fonctions d'agent d'entretien"],
    ["la commune de ", "Aubusson", "la commune d'Aubusson"],
    ["COMMUNE DE ", "Aubusson", "COMMUNE D'Aubusson"],
    ["la commune de ", "Le Mans", "la commune du Mans"],
    ["COMMUNE DE ", "Le Mans", "COMMUNE DU Mans"],
    ["la commune de ", "Les Essarts-le-Bas", "la commune des Essarts-le-Bas"],
    ["Fait à ", "Le Mans", "Fait au Mans"],
    ["Fait à ", "Les Essarts-le-Bas", "Fait aux Essarts-le-Bas"],
    ["la commune de ", "La Rochelle", "la commune de La Rochelle"],
    ["la commune de ", "L'Isle-Adam", "la commune de L'Isle-Adam"],
    ["la commune de ", "Saint-Aubin", "la commune de Saint-Aubin"],
    ["le maire de ", "Yssingeaux", "le maire d'Yssingeaux"],
    ["Considérant que ", "il convient", "Considérant qu'il convient"],
    ["le ", "hôtel de ville", "l'hôtel de ville"],
    ["les fonctions de ", "habilitation", "les fonctions d'habilitation"],
    ["le service de ", "hameau", "le service de hameau"],
    ["les personnes en situation de ", "handicap", "les personnes en situation de handicap"],
    ["un dépôt de ", "yaourts", "un dépôt de yaourts"],
    ["la salle ", "des fêtes", "la salle des fêtes"],
    ["de ", "12 agents", "de 12 agents"],
    ["commande ", "agent", "commande agent"],
  ])("« %s » + « %s » → « %s »", (before, value, expected) => {
    expect(join(before, value)).toBe(expected);
  });

  it("ne touche pas le texte du modèle loin de la jonction", () => {
    expect(join("afin de le faire, de ", "étudier")).toBe("afin de le faire, d'étudier");
  });

  it("un h aspiré n'élide pas, un h muet élide", () => {
    expect(startsWithVowelSound("hauteur")).toBe(false);
    expect(startsWithVowelSound("huissier")).toBe(true);
    expect(startsWithVowelSound("Éric")).toBe(true);
    expect(startsWithVowelSound("grade")).toBe(false);
  });
});
