import { fireEvent, screen } from "@testing-library/react";
import { fakeData } from "../../testing/fake-data";
import { closeTeamsAppsAfterEach, renderTeamsApp } from "../../testing/render-teams-app";

closeTeamsAppsAfterEach();

describe("avis des élus : l'auteur d'un avis est celui qui l'a créé (createdBy), pas la colonne Élu", () => {
  it("la secrétaire voit chaque avis sous le nom de son auteur ; un avis sans auteur élu garde sa colonne", async () => {
    const data = fakeData({
      communes: [{ nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49" }],
      membres: [
        { nom: "Claire Moreau", role: "secretaire", commune: "1", email: "secretariat@a.example" },
        { nom: "Sophie Garnier", role: "elu", commune: "1", email: "sophie@a.example" },
        { nom: "Nadia Benali", role: "elu", commune: "1", email: "nadia@a.example" },
      ],
      seances: [{ titre: "Conseil municipal", commune: "1", date: "2026-12-05T18:00:00Z", statut: "convoquee" }],
      points: [{ titre: "Budget primitif", seance: "1", numero: 1, nature: "deliberation" }],
      avis: [
        { titre: "D'accord", seance: "1", point: "1", membre: "3", position: "favorable" },
        { titre: "Question", seance: "1", point: "1", membre: "3", position: "question" },
      ],
    });
    // What SharePoint recorded from the tokens. Avis 1 is Sophie's item naming Nadia in the Élu column: it is
    // Sophie's. Avis 2 was entered by the secretariat for Nadia (or before authors were read): its column says whose.
    data.avis.editElsewhere("1", { createdBy: { email: "sophie@a.example", displayName: "Sophie Garnier" } });
    data.avis.editElsewhere("2", { createdBy: { email: "secretariat@a.example", displayName: "Claire Moreau" } });
    renderTeamsApp(data, "review", "2026-11-20");
    fireEvent.change(await screen.findByLabelText("Voir comme"), { target: { value: "1" } });
    await screen.findByText("Sophie Garnier — Favorable");
    screen.getByText("Nadia Benali — Question");
    expect(screen.queryByText("Nadia Benali — Favorable")).toBeNull();
  });
});
