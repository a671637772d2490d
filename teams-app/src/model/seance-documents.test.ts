import { convocationText, deliberationsListText, pvSkeletonText } from "./seance-documents";
import { bundle } from "../testing/records";

describe("documents de la séance", () => {
  it("la convocation donne la date, l'heure, le lieu et l'ordre du jour dans l'ordre", () => {
    const text = convocationText(bundle(), "2026-11-28");
    expect(text).toContain("le 05/12/2026 à 19 h 00, Salle du conseil");
    expect(text.indexOf("1. Budget primitif")).toBeLessThan(text.indexOf("2. Tarifs de la cantine"));
    expect(text).toContain("Le maire, Jean-Pierre Lemaire");
  });

  it("la liste des délibérations indique le sort de chaque délibération votée", () => {
    const text = deliberationsListText(bundle({ votes: { p1: { pour: 1, contre: 2, abstentions: 0 } } }));
    expect(text).toContain("1. Budget primitif — rejetée");
    expect(text).toContain("2. Tarifs de la cantine — vote non saisi");
  });

  it("la trame du procès-verbal reprend présents, absents, procurations et votes", () => {
    const text = pvSkeletonText(
      bundle({
        presents: ["Jean-Pierre Lemaire", "Sophie Garnier"],
        procurations: [{ mandant: "Michel Rousseau", mandataire: "Sophie Garnier" }],
        secretaire: "Sophie Garnier",
        votes: { p2: { pour: 3, contre: 0, abstentions: 0 } },
      }),
    );
    expect(text).toContain("Absents : Michel Rousseau");
    expect(text).toContain("Procurations : Michel Rousseau à Sophie Garnier");
    expect(text).toContain("Vote : 3 pour, 0 contre, 0 abstention(s).");
  });
});
