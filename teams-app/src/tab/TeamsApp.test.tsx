import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { TeamsData } from "../data/ports";
import { fakeData } from "../testing/fake-data";
import type { FakeData } from "../testing/fake-data";
import { renderTeamsApp } from "../testing/render-teams-app";

const TODAY = "2026-11-20";

function seeded() {
  return fakeData({
    communes: [{ nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49" }],
    membres: [
      { nom: "Claire Moreau", role: "secretaire", commune: "1", email: "secretariat@a.example" },
      { nom: "Sophie Garnier", role: "elu", commune: "1", fonction: "Adjointe" },
    ],
    seances: [{ titre: "Conseil municipal", commune: "1", date: "2026-12-05T18:00:00Z", statut: "preparation", lieu: "Mairie" }],
    points: [{ titre: "Budget primitif", seance: "1", numero: 1, nature: "deliberation" }],
  });
}

let stops: (() => void)[] = [];

function renderApp(data: FakeData & TeamsData, view: string) {
  const rendered = renderTeamsApp(data, view, TODAY);
  stops.push(rendered.stop);
  return rendered;
}

afterEach(() => {
  cleanup();
  stops.forEach((stop) => stop());
  stops = [];
});

describe("onglet Teams (composants, dépôts simulés)", () => {
  it("conflit d'édition : la page montre la version enregistrée, garde la saisie et l'écrase seulement sur demande", async () => {
    const data = seeded();
    renderApp(data, "seance");
    const objet = await screen.findByLabelText(/Objet du point 1/);
    data.points.editElsewhere("1", { titre: "Budget primitif 2027 (modifié par le maire)" });
    fireEvent.change(objet, { target: { value: "Vote du budget primitif" } });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer le point 1" }));

    const bar = await screen.findByText("Modifié par quelqu'un d'autre");
    const message = bar.closest("[role=group], .fui-MessageBar") ?? document.body;
    expect(within(message as HTMLElement).getByText(/Objet : Vote du budget primitif/)).toBeTruthy();
    await waitFor(() => expect((screen.getByLabelText(/Objet du point 1/) as HTMLInputElement).value).toBe("Budget primitif 2027 (modifié par le maire)"));
    expect(data.points.all()[0]?.titre).toBe("Budget primitif 2027 (modifié par le maire)");

    fireEvent.click(screen.getByRole("button", { name: "Écraser après relecture" }));
    await waitFor(() => expect(data.points.all()[0]?.titre).toBe("Vote du budget primitif"));
    await waitFor(() => expect(screen.queryByText("Modifié par quelqu'un d'autre")).toBeNull());
  });

  it("réseau coupé : le point ajouté reste en attente d'envoi et part tout seul au retour du réseau", async () => {
    const data = seeded();
    renderApp(data, "seance");
    await screen.findByLabelText(/Objet du point 1/);
    data.points.offline = true;
    fireEvent.change(screen.getByLabelText(/Objet du nouveau point/), { target: { value: "Acquisition d'un défibrillateur" } });
    fireEvent.click(screen.getByRole("button", { name: "Ajouter le point" }));
    await screen.findByText("1 modification en attente d'envoi");
    // The form is ready for the next point; what was typed stays in sight in the pending list.
    expect(within(screen.getByRole("list", { name: "Saisies en attente d'envoi" })).getByText(/Objet : Acquisition d'un défibrillateur/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Réessayer" })).toBeTruthy();
    data.points.offline = false;
    await waitFor(() => expect(data.points.all().map((p) => p.titre)).toContain("Acquisition d'un défibrillateur"));
    await waitFor(() => expect(screen.queryByText(/en attente d'envoi/)).toBeNull());
    // Sent in the background, the point then shows in the agenda without the user reloading anything.
    await waitFor(() => expect((screen.getByLabelText(/Objet du point 2/) as HTMLInputElement).value).toBe("Acquisition d'un défibrillateur"));
  });

  it("un élu ne voit aucune commande de préparation et laisse un avis enregistré dans la liste des avis", async () => {
    const data = seeded();
    renderApp(data, "review");
    fireEvent.change(await screen.findByLabelText("Voir comme"), { target: { value: "2" } });
    const comment = await screen.findByLabelText("Commentaire sur le point 1");
    expect(screen.queryByRole("tab", { name: "Cockpit" })).toBeNull();
    fireEvent.click(screen.getByRole("radio", { name: "Question" }));
    fireEvent.change(comment, { target: { value: "Quel taux d'évolution ?" } });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer mon avis" }));
    await waitFor(() => expect(data.avis.all()).toEqual([expect.objectContaining({ point: "1", membre: "2", position: "question", commentaire: "Quel taux d'évolution ?" })]));

    fireEvent.click(screen.getByRole("tab", { name: "Séances" }));
    await screen.findByRole("table", { name: "Ordre du jour" });
    expect(screen.queryByRole("button", { name: "Ajouter le point" })).toBeNull();
    expect(screen.queryByRole("button", { name: /Envoyer la convocation/ })).toBeNull();
  });

  it("le cockpit signale en retard la convocation dont la date limite d'envoi est passée", async () => {
    const data = seeded();
    data.seances.editElsewhere("1", { date: "2026-11-22T18:00:00Z" });
    renderApp(data, "cockpit");
    const row = (await screen.findByText(/Envoyer la convocation de la séance du 22\/11\/2026/)).closest("tr");
    expect(row && within(row).getByText("En retard de 1 jour")).toBeTruthy();
    expect(within(row as HTMLElement).getByText("CGCT L2121-11")).toBeTruthy();
    await act(async () => undefined);
  });
});
