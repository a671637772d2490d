import { seanceLinkOf } from "./seance-link";

describe("lien d'un document généré vers sa séance (propriétés personnalisées)", () => {
  it("lit la séance et le point, ignore une valeur qui n'est pas un identifiant", () => {
    expect(
      seanceLinkOf([
        { key: "MairieSeance", value: "7" },
        { key: "MairiePoint", value: 31 },
      ]),
    ).toEqual({
      seanceId: "7",
      pointId: "31",
    });
    expect(seanceLinkOf([{ key: "MairieSeance", value: " 7 " }])).toEqual({ seanceId: "7" });
    expect(seanceLinkOf([{ key: "MairieSeance", value: "<script>" }])).toBeUndefined();
    expect(seanceLinkOf([{ key: "MairiePoint", value: "3" }])).toBeUndefined();
    expect(seanceLinkOf([])).toBeUndefined();
  });
});
