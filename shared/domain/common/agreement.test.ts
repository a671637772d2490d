import { agreed, joursFrancs } from "./agreement";

describe("accord du nom compté", () => {
  it("met au singulier 0 et 1, au pluriel à partir de 2, chaque mot du groupe", () => {
    expect(agreed(0, "erreur")).toBe("erreur");
    expect(agreed(1, "membre présent")).toBe("membre présent");
    expect(agreed(2, "membre présent")).toBe("membres présents");
    expect(agreed(2, "avis")).toBe("avis");
  });

  it("compte les jours francs, et aucun pour une convocation envoyée le jour de la séance ou après", () => {
    expect(joursFrancs(1)).toBe("1 jour franc");
    expect(joursFrancs(3)).toBe("3 jours francs");
    expect(joursFrancs(-7)).toBe("0 jour franc");
  });
});
