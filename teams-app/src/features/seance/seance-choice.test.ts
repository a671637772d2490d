import { defaultSeance, seanceDeletable, seancesServed } from "./seance-choice";
import { seance } from "../../testing/records";

const past = seance("2026-10-01T17:00:00Z", { id: "1" });
const soon = seance("2026-12-05T18:00:00Z", { id: "2" });
const later = seance("2027-01-20T18:00:00Z", { id: "3", commune: "2" });

describe("la séance montrée", () => {
  it("est celle demandée quand elle existe", () => {
    expect(defaultSeance([later, past, soon], "2026-12-01", "1")?.id).toBe("1");
  });

  it("sinon la prochaine à venir, le jour même compris", () => {
    expect(defaultSeance([later, past, soon], "2026-12-01")?.id).toBe("2");
    expect(defaultSeance([later, past, soon], "2026-12-05", "inconnue")?.id).toBe("2");
  });

  it("sinon la dernière tenue ; aucune s'il n'y en a pas", () => {
    expect(defaultSeance([past, soon], "2027-02-01")?.id).toBe("2");
    expect(defaultSeance([], "2027-02-01")).toBeUndefined();
  });
});

describe("les séances proposées", () => {
  it("sont celles des communes servies, la plus récente d'abord", () => {
    expect(seancesServed([past, later, soon], ["1"]).map((s) => s.id)).toEqual(["2", "1"]);
    expect(seancesServed([past, later, soon], [])).toEqual([]);
  });

  it("ne se suppriment qu'en préparation et sans convocation envoyée", () => {
    expect(seanceDeletable(soon)).toBe(true);
    expect(seanceDeletable({ ...soon, convocationLe: "2026-11-30T11:00:00Z" })).toBe(false);
    expect(seanceDeletable({ ...soon, statut: "convoquee" })).toBe(false);
  });
});
