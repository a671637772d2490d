import { fireEvent, screen, waitFor } from "@testing-library/react";
import { fakeData } from "../../testing/fake-data";
import { closeTeamsAppsAfterEach, renderTeamsApp } from "../../testing/render-teams-app";

closeTeamsAppsAfterEach();

const withSeance = (statut: "tenue" | "close", pvArreteLe?: string) =>
  fakeData({
    communes: [{ nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49" }],
    membres: [{ nom: "Claire Moreau", role: "secretaire", commune: "1", email: "secretariat@a.example" }],
    seances: [
      {
        titre: "Conseil municipal",
        commune: "1",
        date: "2026-10-05T18:00:00Z",
        statut,
        ...(pvArreteLe ? { pvArreteLe } : {}),
      },
    ],
    points: [{ titre: "Budget primitif", seance: "1", numero: 1, nature: "deliberation" }],
  });

describe("une séance close (procès-verbal arrêté) se lit sans se modifier", () => {
  it("le dit en français et n'offre aucun champ ni bouton d'écriture ; l'ordre du jour reste lisible", async () => {
    renderTeamsApp(withSeance("close"), "seance", "2026-11-20");
    await screen.findByText(
      "Séance close : le procès-verbal est arrêté, plus rien ne s'y modifie. Elle reste consultable.",
    );
    screen.getByText(/Budget primitif/);
    expect(screen.queryByRole("button", { name: /Supprimer le point/ })).toBeNull();
    expect(screen.queryByRole("heading", { name: "Date, heure et lieu" })).toBeNull();
    expect(screen.queryByRole("heading", { name: "Présence, procurations et votes" })).toBeNull();
  });

  it("une séance tenue mais pas close reste modifiable par le secrétariat", async () => {
    renderTeamsApp(withSeance("tenue"), "seance", "2026-11-20");
    await screen.findByRole("heading", { name: "Présence, procurations et votes" });
    expect(screen.queryByText(/Séance close/)).toBeNull();
  });

  it("une fois le procès-verbal arrêté, la secrétaire clôt la séance après confirmation, et elle passe en lecture seule", async () => {
    const data = withSeance("tenue", "2026-11-10T11:00:00Z");
    renderTeamsApp(data, "seance", "2026-11-20");
    await screen.findByText("Procès-verbal arrêté le 10/11/2026.");
    fireEvent.click(screen.getByRole("button", { name: "Clore la séance" }));
    screen.getByText(/Une séance close ne se modifie plus/);
    expect(data.seances.all()[0]?.statut).toBe("tenue");
    fireEvent.click(screen.getByRole("button", { name: "Confirmer la clôture" }));
    await waitFor(() => expect(data.seances.all()[0]?.statut).toBe("close"));
    await screen.findByText(
      "Séance close : le procès-verbal est arrêté, plus rien ne s'y modifie. Elle reste consultable.",
    );
  });

  it("sans procès-verbal arrêté, la séance ne se clôt pas", async () => {
    renderTeamsApp(withSeance("tenue"), "seance", "2026-11-20");
    await screen.findByRole("heading", { name: "Présence, procurations et votes" });
    expect(screen.queryByRole("button", { name: "Clore la séance" })).toBeNull();
  });
});
