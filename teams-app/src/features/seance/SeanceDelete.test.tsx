import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { fakeData } from "../../testing/fake-data";
import { closeTeamsAppsAfterEach, renderTeamsApp } from "../../testing/render-teams-app";

closeTeamsAppsAfterEach();

const seeded = () =>
  fakeData({
    communes: [{ nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49" }],
    membres: [
      { nom: "Claire Moreau", role: "secretaire", commune: "1", email: "secretariat@a.example" },
      { nom: "Sophie Garnier", role: "elu", commune: "1" },
    ],
    seances: [{ titre: "Conseil municipal", commune: "1", date: "2026-12-05T18:00:00Z", statut: "preparation" }],
    points: [
      { titre: "Budget primitif", seance: "1", numero: 1, nature: "deliberation" },
      { titre: "Tarifs de la cantine", seance: "1", numero: 2, nature: "deliberation" },
    ],
    avis: [{ titre: "Favorable", seance: "1", point: "1", membre: "2", position: "favorable" }],
  });

const render = (data: ReturnType<typeof seeded>, undoDelayMs: number) => {
  renderTeamsApp(data, "seance", "2026-11-20", { undoDelayMs });
};

describe("supprimer un point ou une séance, avec confirmation et annulation", () => {
  it("supprime le point après confirmation, avec ses avis, et renumérote les suivants", async () => {
    const data = seeded();
    render(data, 0);
    fireEvent.click(await screen.findByRole("button", { name: "Supprimer le point 1 « Budget primitif »" }));
    await screen.findByText(/Les avis des élus sur ce point seront supprimés avec lui/);
    expect(data.points.all()).toHaveLength(2);
    fireEvent.click(screen.getByRole("button", { name: "Confirmer la suppression" }));
    await waitFor(() =>
      expect(data.points.all().map((p) => [p.titre, p.numero])).toEqual([["Tarifs de la cantine", 1]]),
    );
    expect(data.avis.all()).toEqual([]);
  });

  it("« Annuler la suppression » pendant l'attente : rien n'est écrit, même en quittant la vue", async () => {
    const data = seeded();
    render(data, 60_000);
    fireEvent.click(await screen.findByRole("button", { name: "Supprimer le point 2 « Tarifs de la cantine »" }));
    fireEvent.click(screen.getByRole("button", { name: "Confirmer la suppression" }));
    await screen.findByText("Le point 2 « Tarifs de la cantine » va être supprimé.");
    fireEvent.click(screen.getByRole("button", { name: "Annuler la suppression" }));
    await screen.findByRole("button", { name: "Supprimer le point 2 « Tarifs de la cantine »" });
    cleanup();
    expect(data.points.writes).toBe(0);
    expect(data.points.all()).toHaveLength(2);
  });

  it("une suppression confirmée part quand on quitte la vue avant la fin de l'attente", async () => {
    const data = seeded();
    render(data, 60_000);
    fireEvent.click(await screen.findByRole("button", { name: "Supprimer la séance du 05/12/2026" }));
    await screen.findByText(/Son ordre du jour et les avis des élus seront supprimés avec elle/);
    fireEvent.click(screen.getByRole("button", { name: "Confirmer la suppression" }));
    await screen.findByText("La séance du 05/12/2026 va être supprimée.");
    cleanup();
    await waitFor(() => expect(data.seances.all()).toEqual([]));
    expect(data.points.all()).toEqual([]);
    expect(data.avis.all()).toEqual([]);
  });
});
