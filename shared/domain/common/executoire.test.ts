import { executoireStatus, publicityMode } from "./executoire";

describe("caractère exécutoire (référence §2.6)", () => {
  it("un acte transmissible est exécutoire au dernier des deux : publication et transmission", () => {
    expect(
      executoireStatus({
        nature: "reglementaire",
        formaliteDate: "2025-03-02",
        transmissionRequired: true,
        transmissionDate: "2025-03-05",
      }),
    ).toEqual({ executoire: true, date: "2025-03-05", missing: [] });
  });

  it("une décision individuelle doit être notifiée", () => {
    expect(
      executoireStatus({ nature: "individuel", transmissionRequired: true, transmissionDate: "2025-03-05" }),
    ).toEqual({ executoire: false, missing: ["notification"] });
  });

  it("un acte non transmissible est exécutoire dès sa publication", () => {
    expect(executoireStatus({ nature: "ni_ni", formaliteDate: "2025-03-02", transmissionRequired: false }).date).toBe(
      "2025-03-02",
    );
    expect(executoireStatus({ nature: "reglementaire", transmissionRequired: true }).missing).toEqual([
      "publication",
      "transmission",
    ]);
  });

  it("mode de publicité : électronique dès 3 500 habitants, choix en deçà, électronique par défaut", () => {
    expect(publicityMode(5000, "affichage")).toBe("electronique");
    expect(publicityMode(800, "affichage")).toBe("affichage");
    expect(publicityMode(800)).toBe("electronique");
  });
});
