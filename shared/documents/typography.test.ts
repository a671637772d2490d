import { frenchTypography, NBSP, NNBSP } from "./typography";

describe("typographie française des documents générés", () => {
  it("met l'apostrophe typographique et les espaces insécables, sans toucher aux adresses ni aux heures", () => {
    expect(frenchTypography("Ordre du jour : l'école ; vote ?")).toBe(
      `Ordre du jour${NBSP}: l\u2019école${NNBSP}; vote${NNBSP}?`,
    );
    expect(frenchTypography("« Projet »")).toBe(`«${NNBSP}Projet${NNBSP}»`);
    expect(frenchTypography("www.telerecours.fr à 20 h 00")).toBe("www.telerecours.fr à 20 h 00");
  });

  it("est idempotente", () => {
    const once = frenchTypography("Objet : « tarifs » ; l'an deux mille !");
    expect(frenchTypography(once)).toBe(once);
  });
});
