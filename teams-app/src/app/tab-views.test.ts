import type { Identity } from "../common/identity";
import { LABELS, VIEWS, toView, viewsFor } from "./tab-views";

const as = (role: Identity["role"]): Identity => ({ nom: "X", role, membres: [], communeIds: ["1"] });

describe("vues de l'onglet selon le rôle", () => {
  it("la secrétaire voit toutes les vues, le cockpit d'abord", () => {
    expect(viewsFor(as("secretaire"))).toEqual(["cockpit", "seance", "review", "network", "commune"]);
  });

  it("un élu donne son avis puis consulte les séances ; un référent n'a que le réseau", () => {
    expect(viewsFor(as("elu"))).toEqual(["review", "seance"]);
    expect(viewsFor(as("referent"))).toEqual(["network"]);
  });

  it("chaque vue a son libellé français", () => {
    expect(VIEWS.map((v) => LABELS[v])).toEqual([
      "Cockpit",
      "Séances",
      "Avis des élus",
      "Réseau",
      "Profil de la commune",
    ]);
  });
});

describe("vue ouverte", () => {
  it("la vue demandée si elle est permise", () => {
    expect(toView("seance", viewsFor(as("elu")))).toBe("seance");
  });

  it("sinon, ou sans demande, la première vue permise", () => {
    expect(toView("cockpit", viewsFor(as("elu")))).toBe("review");
    expect(toView(null, viewsFor(as("referent")))).toBe("network");
    expect(toView("inconnue", VIEWS)).toBe("cockpit");
  });

  it("sans vue permise (inconnu de la liste), le cockpit", () => {
    expect(toView("review", [])).toBe("cockpit");
  });
});
