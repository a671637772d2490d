import { SHOWN, foundLabel } from "./catalog-search";

describe("le compte des clauses de l'équipe trouvées", () => {
  it("accorde au singulier et au pluriel", () => {
    expect(foundLabel(0)).toBe("0 clause trouvée");
    expect(foundLabel(1)).toBe("1 clause trouvée");
    expect(foundLabel(2)).toBe("2 clauses trouvées");
  });

  it("dit que seules les premières sont affichées au-delà de la limite", () => {
    expect(foundLabel(SHOWN)).toBe(`${SHOWN} clauses trouvées`);
    expect(foundLabel(SHOWN + 4)).toBe(`${SHOWN + 4} clauses trouvées, les ${SHOWN} premières affichées`);
  });
});
