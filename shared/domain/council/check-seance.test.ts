import { checkSeance } from "./check-seance";
import { sampleSeance } from "./sample-seance";

describe("checkSeance", () => {
  it("ne trouve rien à redire à la séance d'exemple", () => {
    expect(checkSeance(sampleSeance(), { today: "2025-06-15" })).toEqual([]);
  });

  it("complète population et département par les options, sans écraser ceux de la séance", () => {
    const seance = sampleSeance();
    if (seance.commune) delete seance.commune.population;
    const asTown = checkSeance(seance, { today: "2025-06-15", population: 12_000 });
    expect(asTown.map((f) => f.rule)).toContain("CM-007");
    const own = checkSeance(sampleSeance(), { today: "2025-06-15", population: 12_000 });
    expect(own.map((f) => f.rule)).not.toContain("CM-007");
    const moselle = { ...sampleSeance(), convocation: { ...sampleSeance().convocation, sentOn: "2025-03-26" } };
    if (moselle.commune) delete moselle.commune.departement;
    expect(checkSeance(moselle, { today: "2025-06-15", departement: "57" }).map((f) => f.rule)).toEqual(["CM-009"]);
  });

  it("applique le droit à la date de la séance, ou à --date", () => {
    const seance = { ...sampleSeance(), date: "2021-03-26", remote: true };
    seance.convocation = { ...seance.convocation, sentOn: "2021-03-22" };
    expect(checkSeance(seance, { today: "2025-06-15" }).map((f) => f.rule)).not.toContain("CM-033");
    expect(checkSeance(seance, { today: "2025-06-15", date: "2025-01-01" }).map((f) => f.rule)).toContain("CM-033");
  });

  it("localise les constats dans la séance", () => {
    const seance = sampleSeance();
    seance.points.push({ subject: "Achat d'un tracteur", onAgenda: false, vote: { pour: 9, contre: 0 } });
    const finding = checkSeance(seance, { today: "2025-06-15" }).find((f) => f.rule === "CM-011");
    expect(finding).toMatchObject({ severity: "error", ref: "CGCT L2121-10", at: { path: "points[2]" } });
  });
});
