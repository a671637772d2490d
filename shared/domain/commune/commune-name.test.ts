import { aCommune, communeDe, deCommune, deNom, nomComplet, splitArticle } from "./commune-name";
import type { CommuneArticle } from "./profile";

const commune = (nom: string, article: CommuneArticle) => ({ nom, article });

describe("noms de commune et leur article", () => {
  it.each([
    [commune("Saint-Aubin-sur-Loire", ""), "de Saint-Aubin-sur-Loire", "à Saint-Aubin-sur-Loire"],
    [commune("Angers", ""), "d'Angers", "à Angers"],
    [commune("Mans", "le"), "du Mans", "au Mans"],
    [commune("Essarts-le-Bas", "les"), "des Essarts-le-Bas", "aux Essarts-le-Bas"],
    [commune("Rochelle", "la"), "de La Rochelle", "à La Rochelle"],
    [commune("Isle-Adam", "l'"), "de L'Isle-Adam", "à L'Isle-Adam"],
  ])("%o : « %s », « %s »", (c, de, a) => {
    expect(deCommune(c)).toBe(de);
    expect(aCommune(c)).toBe(a);
  });

  it("écrit le nom complet avec son article en tête, jamais « Commune de Les … »", () => {
    expect(nomComplet(commune("Essarts-le-Bas", "les"))).toBe("Les Essarts-le-Bas");
    expect(nomComplet(commune("Isle-Adam", "l'"))).toBe("L'Isle-Adam");
    expect(communeDe(commune("Essarts-le-Bas", "les"))).toBe("Commune des Essarts-le-Bas");
    expect(communeDe(commune("Saint-Aubin-sur-Loire", ""))).toBe("Commune de Saint-Aubin-sur-Loire");
  });

  it("élide « de » devant une voyelle, pas devant un h", () => {
    expect(deNom("Orléans")).toBe("d'Orléans");
    expect(deNom("Écouen")).toBe("d'Écouen");
    expect(deNom("Hautmont")).toBe("de Hautmont");
  });

  it("sépare l'article du nom écrit en entier, et garde entier un nom qui ne commence pas par lui", () => {
    expect(splitArticle("Les Essarts-le-Bas", "les")).toEqual({ nom: "Essarts-le-Bas", article: "les" });
    expect(splitArticle("L'Isle-Adam", "l'")).toEqual({ nom: "Isle-Adam", article: "l'" });
    expect(splitArticle("Essarts-le-Bas", "les")).toEqual({ nom: "Essarts-le-Bas", article: "les" });
    expect(splitArticle("Lesparre", "les")).toEqual({ nom: "Lesparre", article: "les" });
  });
});
