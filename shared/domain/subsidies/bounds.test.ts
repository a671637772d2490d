import { DEFAULT_RATE_BOUNDS, resolveBounds } from "./bounds";

describe("bornes de taux par financeur", () => {
  it("applique la table nationale sans configuration", () => {
    expect(resolveBounds(undefined, "23")).toEqual(DEFAULT_RATE_BOUNDS);
    expect(DEFAULT_RATE_BOUNDS.detr).toMatchObject({ minBp: 2000, maxBp: 8000 });
  });
  it("laisse la circulaire du département remplacer la borne d'un financeur", () => {
    const config = {
      default: { departement: { maxBp: 5000, source: "règlement départemental" } },
      byDepartement: { "23": { detr: { minBp: 2500, maxBp: 5000, source: "circulaire DETR de la Creuse" } } },
    };
    const creuse = resolveBounds(config, "23");
    expect(creuse.detr).toEqual({ minBp: 2500, maxBp: 5000, source: "circulaire DETR de la Creuse" });
    expect(creuse.departement?.maxBp).toBe(5000);
    expect(resolveBounds(config, "87").detr).toEqual(DEFAULT_RATE_BOUNDS.detr);
  });
});
