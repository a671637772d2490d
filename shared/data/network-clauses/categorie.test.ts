import { parsePlacement } from "./categorie";

describe("place d'une clause du réseau (colonne Catégorie)", () => {
  it("lit types d'acte, sujets et nature, et garde les mots inconnus", () => {
    expect(parsePlacement("tarifs-cantine, Considérant ; inconnu", "Le conseil fixe les tarifs.")).toEqual({
      actTypes: ["deliberation"],
      subjects: ["tarifs-cantine"],
      kind: "considerant",
      section: "considerants",
      unknown: ["inconnu"],
    });
    expect(parsePlacement("arrete", "Le stationnement est interdit.")).toMatchObject({
      actTypes: ["arrete"],
      kind: "dispositif",
      section: "articles",
    });
  });

  it("sans type d'acte, la clause va dans les deux ; sans nature, ses premiers mots la donnent", () => {
    expect(parsePlacement(undefined, "Vu le code général des collectivités territoriales ;")).toMatchObject({
      actTypes: ["deliberation", "arrete"],
      kind: "visa",
    });
    expect(parsePlacement("", "Considérant la demande ;").kind).toBe("considerant");
    expect(parsePlacement("deliberation", "Recours devant le tribunal administratif de Nantes.").kind).toBe("recours");
  });
});
