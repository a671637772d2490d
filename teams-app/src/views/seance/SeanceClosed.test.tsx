import { cleanup, screen } from "@testing-library/react";
import { PreviewInvitations } from "../../model/invitation";
import { fakeData } from "../../testing/fake-data";
import { renderTeamsApp } from "../../testing/render-teams-app";

let stop: () => void = () => undefined;
afterEach(() => {
  cleanup();
  stop();
});

const withSeance = (statut: "tenue" | "close") =>
  fakeData({
    communes: [{ nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49" }],
    membres: [{ nom: "Claire Moreau", role: "secretaire", commune: "1", email: "secretariat@a.example" }],
    seances: [{ titre: "Conseil municipal", commune: "1", date: "2026-10-05T18:00:00Z", statut }],
    points: [{ titre: "Budget primitif", seance: "1", numero: 1, nature: "deliberation" }],
  });

describe("une séance close (procès-verbal arrêté) se lit sans se modifier", () => {
  it("le dit en français et n'offre aucun champ ni bouton d'écriture ; l'ordre du jour reste lisible", async () => {
    stop = renderTeamsApp(withSeance("close"), "seance", "2026-11-20", new PreviewInvitations()).stop;
    await screen.findByText(
      "Séance close : le procès-verbal est arrêté, plus rien ne s'y modifie. Elle reste consultable.",
    );
    screen.getByText(/Budget primitif/);
    expect(screen.queryByRole("button", { name: /Supprimer le point/ })).toBeNull();
    expect(screen.queryByRole("heading", { name: "Date, heure et lieu" })).toBeNull();
    expect(screen.queryByRole("heading", { name: "Présence, procurations et votes" })).toBeNull();
  });

  it("une séance tenue mais pas close reste modifiable par le secrétariat", async () => {
    stop = renderTeamsApp(withSeance("tenue"), "seance", "2026-11-20", new PreviewInvitations()).stop;
    await screen.findByRole("heading", { name: "Présence, procurations et votes" });
    expect(screen.queryByText(/Séance close/)).toBeNull();
  });
});
