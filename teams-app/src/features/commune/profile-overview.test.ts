import type { MembreRecord } from "../../app/data/ports";
import { commune, elus } from "../../testing/records";
import { profileOverview } from "./profile-overview";

const secretaire: MembreRecord = { id: "20", eTag: "e", nom: "Claire Moreau", role: "secretaire", commune: "1" };

describe("la page du profil de la commune", () => {
  it("liste les élus par nom, sans la secrétaire", () => {
    const overview = profileOverview(
      commune,
      [elus[2], secretaire, elus[0], elus[1]].filter((m) => m !== undefined),
    );
    expect(overview.elus.map((m) => m.nom)).toEqual(["Jean-Pierre Lemaire", "Michel Rousseau", "Sophie Garnier"]);
  });

  it("dit ce qui manque au profil, avec le nom de la commune et son article", () => {
    const overview = profileOverview({ ...commune, nom: "Mans", article: "le" }, []);
    expect(overview.gaps.length).toBeGreaterThan(0);
    expect(overview.gapsIntro).toBe(
      "Profil incomplet : ces valeurs resteront en blanc, surlignées, dans les actes et courriers du Mans.",
    );
  });
});
