import { presence } from "../../testing/records";
import { formatMoves, movesOf, withMove } from "./movements";

describe("les mouvements d'un élu dans la colonne Mouvements", () => {
  it("se relisent tels qu'écrits, pouvoir compris", () => {
    const moves = [
      { kind: "leave" as const, pointId: "7", mandataireId: "11" },
      { kind: "arrive" as const, pointId: "9" },
    ];
    const text = formatMoves(moves);
    expect(text).toBe("depart 7 pouvoir 11 ; arrivee 9");
    expect(movesOf(presence("1", "10", { mouvements: text }))).toEqual(moves);
    expect(formatMoves([])).toBeUndefined();
  });

  it("lisent les colonnes d'avant (une arrivée, un départ) et écartent une entrée abîmée", () => {
    expect(movesOf(presence("1", "10", { arrivee: "7", depart: "9" }))).toEqual([
      { kind: "arrive", pointId: "7" },
      { kind: "leave", pointId: "9" },
    ]);
    expect(movesOf(presence("1", "10", { mouvements: "depart 7 ; parti au 8 ;; arrivee" }))).toEqual([
      { kind: "leave", pointId: "7" },
    ]);
    expect(movesOf(undefined)).toEqual([]);
  });

  it("remplacent en place le même mouvement noté à nouveau (pouvoir changé), sans changer l'ordre", () => {
    const moves = [
      { kind: "leave" as const, pointId: "7" },
      { kind: "arrive" as const, pointId: "7" },
    ];
    expect(withMove(moves, { kind: "leave", pointId: "7", mandataireId: "11" })).toEqual([
      { kind: "leave", pointId: "7", mandataireId: "11" },
      { kind: "arrive", pointId: "7" },
    ]);
  });
});
