import { checkVoteArithmetic, expectedVotants, majoriteAbsolue, unanimity } from "./vote";

describe("arithmétique des votes (référence §2.3)", () => {
  it("ne compte ni abstentions ni blancs parmi les suffrages exprimés", () => {
    const r = checkVoteArithmetic({ pour: 6, contre: 3, abstentions: 2, blancsNuls: 1, votants: 12 });
    expect(r).toMatchObject({ exprimes: 9, majoriteAbsolue: 5, outcome: "adopte", recorded: 12, surplus: 0 });
  });

  it("majorité absolue = moitié des exprimés + 1", () => {
    expect(majoriteAbsolue(10)).toBe(6);
    expect(majoriteAbsolue(9)).toBe(5);
    expect(checkVoteArithmetic({ pour: 5, contre: 4 }).outcome).toBe("adopte");
    expect(checkVoteArithmetic({ pour: 4, contre: 5 }).outcome).toBe("rejete");
  });

  it("partage égal : voix prépondérante du président, sauf scrutin secret", () => {
    expect(checkVoteArithmetic({ pour: 5, contre: 5, voixPresident: "pour" })).toMatchObject({
      outcome: "adopte",
      casting: true,
    });
    expect(checkVoteArithmetic({ pour: 5, contre: 5, voixPresident: "contre" })).toMatchObject({
      outcome: "rejete",
      casting: true,
    });
    expect(checkVoteArithmetic({ pour: 5, contre: 5, voixPresident: "abstention" }).outcome).toBe("rejete");
    expect(checkVoteArithmetic({ pour: 5, contre: 5 }).outcome).toBe("indetermine");
    expect(checkVoteArithmetic({ pour: 5, contre: 5, scrutin: "secret", voixPresident: "pour" }).outcome).toBe(
      "rejete",
    );
  });

  it("compte administratif : arrêté sauf majorité contre", () => {
    expect(checkVoteArithmetic({ pour: 4, contre: 4, compteAdministratif: true }).outcome).toBe("adopte");
    expect(checkVoteArithmetic({ pour: 4, contre: 5, compteAdministratif: true }).outcome).toBe("rejete");
  });

  it("signale plus de voix que de votants", () => {
    expect(checkVoteArithmetic({ pour: 9, contre: 2, votants: 10 }).surplus).toBe(1);
    expect(checkVoteArithmetic({ pour: 9, contre: 2 }).surplus).toBeUndefined();
  });

  it("votants = présents + pouvoirs valables − non-participants", () => {
    expect(expectedVotants({ presents: 8, validProxies: 2, nonParticipants: 1 })).toBe(9);
  });

  it("distingue unanimité et unanimité des suffrages exprimés", () => {
    expect(unanimity({ pour: 11, contre: 0, abstentions: 0 })).toBe("unanimite");
    expect(unanimity({ pour: 9, contre: 0, abstentions: 2 })).toBe("unanimite-exprimes");
    expect(unanimity({ pour: 9, contre: 1 })).toBeNull();
  });
});
