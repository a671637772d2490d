import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { fakeData } from "../../testing/fake-data";
import { closeTeamsAppsAfterEach, renderTeamsApp } from "../../testing/render-teams-app";

closeTeamsAppsAfterEach();

const agenda = () =>
  fakeData({
    communes: [{ nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49" }],
    membres: [
      { nom: "Claire Moreau", role: "secretaire", commune: "1", email: "secretariat@a.example" },
      { nom: "Sophie Garnier", role: "elu", commune: "1" },
    ],
    seances: [
      { titre: "Conseil municipal", commune: "1", date: "2026-12-05T18:00:00Z", statut: "preparation", lieu: "Mairie" },
    ],
    points: [
      { titre: "Budget primitif", seance: "1", numero: 1, nature: "deliberation" as const },
      { titre: "Tarifs de la cantine", seance: "1", numero: 2, nature: "deliberation" as const },
      { titre: "Compte rendu des décisions du maire", seance: "1", numero: 3, nature: "information" as const },
    ],
    avis: [
      // Given before the Avis column existed: its Position is still its answer.
      { titre: "Montant ?", seance: "1", point: "2", membre: "2", position: "reserve" as const },
    ],
  });

describe("les avis des élus", () => {
  it("l'élu répond Défavorable, Réserve ou Question sur chaque point à voter, et enregistre la séance en une fois", async () => {
    const data = agenda();
    const requests: number[] = [];
    const writeMany = data.avis.writeMany.bind(data.avis);
    data.avis.writeMany = (ops) => {
      requests.push(ops.length);
      return writeMany(ops);
    };
    renderTeamsApp(data, "review", "2026-11-20");
    fireEvent.change(await screen.findByLabelText("Voir comme"), { target: { value: "2" } });

    const information = await screen.findByRole("region", { name: "3. Compte rendu des décisions du maire" });
    expect(within(information).queryByRole("radio")).toBeNull();
    within(information).getByText(/aucun avis n'est demandé/);
    const second = screen.getByRole("region", { name: "2. Tarifs de la cantine" });
    expect((within(second).getByRole("radio", { name: "Réserve" }) as HTMLInputElement).checked).toBe(true);

    const first = screen.getByRole("region", { name: "1. Budget primitif" });
    fireEvent.click(within(first).getByRole("radio", { name: "Défavorable" }));
    fireEvent.change(within(first).getByLabelText("Commentaire sur le point 1"), {
      target: { value: "L'emprunt pèse trop." },
    });
    fireEvent.click(within(second).getByRole("radio", { name: "Question" }));
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer mes avis (2)" }));

    await screen.findByText(/^2\savis enregistrés\.$/);
    expect(requests).toEqual([2]);
    const stored = data.avis.all();
    expect(stored.find((a) => a.point === "1")).toMatchObject({
      choix: "defavorable",
      position: "reserve",
      commentaire: "L'emprunt pèse trop.",
    });
    expect(stored.find((a) => a.point === "2")).toMatchObject({ choix: "question", position: "question" });
    expect(stored).toHaveLength(2);
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Enregistrer mes avis" })).toHaveProperty("disabled", true),
    );
  });

  it("la secrétaire voit les réponses rassemblées, sans question sur le point d'information", async () => {
    const data = agenda();
    renderTeamsApp(data, "review", "2026-11-20");
    const second = await screen.findByRole("region", { name: "2. Tarifs de la cantine" });
    within(second).getByText("Sophie Garnier — Réserve");
    within(second).getByText("Défavorable : 0");
    const information = screen.getByRole("region", { name: "3. Compte rendu des décisions du maire" });
    expect(within(information).queryByText(/Favorable/)).toBeNull();
  });
});
