import { countOf, frenchSpacing } from "./typography";

describe("typographie française des pages", () => {
  it("accorde le nom compté, au singulier pour 0 et 1", () => {
    expect(countOf(1, "membre présent")).toBe("1\u00a0membre présent");
    expect(countOf(2, "membre présent")).toBe("2\u00a0membres présents");
    expect(countOf(0, "erreur")).toBe("0\u00a0erreur");
    expect(countOf(3, "jour franc", "jours francs")).toBe("3\u00a0jours francs");
    expect(countOf(2, "avis")).toBe("2\u00a0avis");
    expect(countOf(1, "membre pouvant délibérer", "membres pouvant délibérer")).toBe("1\u00a0membre pouvant délibérer");
    expect(countOf(1500, "habitant")).toBe("1\u202f500\u00a0habitants");
  });

  it("met l'espace insécable avant les ponctuations doubles et dans les guillemets, pas dans une heure ni une adresse", () => {
    expect(frenchSpacing("Profil incomplet : le genre ? Oui ! « Maire »")).toBe(
      "Profil incomplet\u00a0: le genre\u202f? Oui\u202f! «\u00a0Maire\u00a0»",
    );
    expect(frenchSpacing("Séance à 19:00, https://exemple.fr")).toBe("Séance à 19:00, https://exemple.fr");
  });
});
