import { nextNumero } from "./next-numero";

const waiting = (list: "points" | "avis", values: Record<string, unknown>) => ({
  key: crypto.randomUUID(),
  list,
  state: "pending" as const,
  values,
});

describe("numéro d'un nouveau point", () => {
  it("suit le dernier point enregistré", () => {
    expect(nextNumero("1", [{ numero: 1 }, { numero: 8 }], [])).toBe(9);
  });

  it("compte les points de la séance encore en attente d'envoi, et eux seuls", () => {
    const pending = [
      waiting("points", { seance: "1", numero: 9 }),
      waiting("points", { seance: "3", numero: 12 }),
      waiting("avis", { seance: "1", numero: 20 }),
    ];
    expect(nextNumero("1", [{ numero: 8 }], pending)).toBe(10);
  });

  it("commence à 1 pour une séance vide", () => {
    expect(nextNumero("1", [], [])).toBe(1);
  });
});
