import { conseilReputeComplet, effectifLegal, maxAdjoints } from "./effectif";

describe("effectif légal (L2121-2, référence §2.5)", () => {
  it.each([
    [0, 7, 2],
    [99, 7, 2],
    [100, 11, 3],
    [499, 11, 3],
    [500, 15, 4],
    [1499, 15, 4],
    [1500, 19, 5],
    [2499, 19, 5],
    [2500, 23, 6],
    [3499, 23, 6],
    [3500, 27, 8],
    [4999, 27, 8],
    [5000, 29, 8],
    [9999, 29, 8],
    [10_000, 33, 9],
    [19_999, 33, 9],
    [20_000, 35, 10],
    [29_999, 35, 10],
  ])("%i habitants → %i conseillers, %i adjoints au plus", (population, conseillers, adjoints) => {
    expect(effectifLegal(population)).toBe(conseillers);
    expect(maxAdjoints(conseillers)).toBe(adjoints);
  });

  it.each([
    [30_000, 39],
    [40_000, 43],
    [50_000, 45],
    [60_000, 49],
    [80_000, 53],
    [100_000, 55],
    [150_000, 59],
    [200_000, 61],
    [250_000, 65],
    [300_000, 69],
    [2_000_000, 69],
  ])("strates supérieures : %i → %i", (population, conseillers) => {
    expect(effectifLegal(population)).toBe(conseillers);
  });

  it("conseil réputé complet (loi 2025-444)", () => {
    expect([50, 300, 700, 1000].map(conseilReputeComplet)).toEqual([5, 9, 13, undefined]);
  });
});
