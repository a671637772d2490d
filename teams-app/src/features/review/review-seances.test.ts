import { pointCaption, upcomingSeances } from "./review-seances";
import { point, seance } from "../../testing/records";

describe("les séances à relire", () => {
  const past = seance("2026-11-20T18:00:00Z", { id: "1" });
  const today = seance("2026-12-01T18:00:00Z", { id: "2" });
  const next = seance("2026-12-05T18:00:00Z", { id: "3" });
  const elsewhere = seance("2026-12-03T18:00:00Z", { id: "4", commune: "2" });

  it("sont celles à venir des communes servies, la plus proche d'abord, celle du jour comprise", () => {
    expect(upcomingSeances([next, past, elsewhere, today], ["1"], "2026-12-01").map((s) => s.id)).toEqual(["2", "3"]);
    expect(upcomingSeances([next, elsewhere], ["1", "2"], "2026-12-01").map((s) => s.id)).toEqual(["4", "3"]);
  });

  it("manquent quand tout est passé ou qu'aucune commune n'est servie", () => {
    expect(upcomingSeances([past], ["1"], "2026-12-01")).toEqual([]);
    expect(upcomingSeances([next], [], "2026-12-01")).toEqual([]);
  });
});

describe("la ligne sous le titre d'un point", () => {
  it("nomme le rapporteur et l'exposé quand ils sont connus", () => {
    expect(pointCaption({ ...point("p1", 1, "Budget"), rapporteur: "Le maire", expose: "Vote du budget" })).toBe(
      "Rapporteur : Le maire — Vote du budget",
    );
  });

  it("dit qu'il n'y a pas de rapporteur, sans exposé", () => {
    expect(pointCaption(point("p1", 1, "Budget"))).toBe("Sans rapporteur");
    expect(pointCaption({ ...point("p1", 1, "Budget"), expose: "Vote" })).toBe("Sans rapporteur — Vote");
  });
});
