import { checkQuorum, covidQuorumRequired, quorumRequired } from "./quorum";

describe("quorum (référence §2.2)", () => {
  it.each([
    [7, 4],
    [9, 5],
    [11, 6],
    [13, 7],
    [15, 8],
    [19, 10],
    [23, 12],
    [27, 14],
    [29, 15],
    [33, 17],
    [10, 6],
  ])("%i en exercice → %i", (enExercice, quorum) => {
    expect(quorumRequired(enExercice)).toBe(quorum);
  });

  it("retire les membres qui ne prennent pas part au vote", () => {
    expect(checkQuorum({ enExercice: 11, presents: 6 })).toEqual({ required: 6, counted: 6, reached: true });
    expect(checkQuorum({ enExercice: 11, presents: 6, nonParticipants: 1 })).toEqual({
      required: 6,
      counted: 5,
      reached: false,
    });
  });

  it("retire de l'effectif en exercice les représentants d'un organisme L1111-6", () => {
    expect(checkQuorum({ enExercice: 11, presents: 5, excludedFromExercice: 2 }).reached).toBe(true);
  });

  it("quorum dérogatoire du tiers", () => {
    expect(covidQuorumRequired(33)).toBe(11);
    expect(covidQuorumRequired(15)).toBe(5);
    expect(covidQuorumRequired(19)).toBe(7);
  });
});
