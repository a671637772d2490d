import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { MemoryStorage } from "@shared/data/outbox/storage";
import { legacyDetailsStore } from "./data/legacy-details-store";
import type { TeamsData } from "./data/ports";
import { fakeData } from "../testing/fake-data";
import type { FakeData } from "../testing/fake-data";
import { closeTeamsAppsAfterEach, renderTeamsApp } from "../testing/render-teams-app";

const TODAY = "2026-11-20";

function seeded() {
  return fakeData({
    communes: [{ nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49" }],
    membres: [
      { nom: "Claire Moreau", role: "secretaire", commune: "1", email: "secretariat@a.example" },
      { nom: "Sophie Garnier", role: "elu", commune: "1", fonction: "Adjointe" },
    ],
    seances: [
      { titre: "Conseil municipal", commune: "1", date: "2026-12-05T18:00:00Z", statut: "preparation", lieu: "Mairie" },
    ],
    points: [{ titre: "Budget primitif", seance: "1", numero: 1, nature: "deliberation" }],
  });
}

function renderApp(data: FakeData & TeamsData, view: string, today = TODAY) {
  return renderTeamsApp(data, view, today);
}

closeTeamsAppsAfterEach();

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
    await waitFor(() =>
      expect((screen.getByLabelText(/Objet du point 1/) as HTMLInputElement).value).toBe(
        "Budget primitif 2027 (modifié par le maire)",
      ),
    );
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
    fireEvent.change(screen.getByLabelText(/Objet du nouveau point/), {
      target: { value: "Acquisition d'un défibrillateur" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Ajouter le point" }));
    await screen.findByText("1 modification en attente d'envoi");
    // The form is ready for the next point; what was typed stays in sight in the pending list.
    const typed = within(screen.getByRole("list", { name: "Saisies en attente d'envoi" })).getByText(
      /Objet : Acquisition d'un défibrillateur/,
    );
    // The séance it belongs to is a lookup id, meaningless to the user: only what they typed is listed.
    expect(typed.textContent).not.toMatch(/Séance :/);
    expect(screen.getByRole("button", { name: "Réessayer" })).toBeTruthy();
    data.points.offline = false;
    await waitFor(() => expect(data.points.all().map((p) => p.titre)).toContain("Acquisition d'un défibrillateur"));
    await waitFor(() => expect(screen.queryByText(/en attente d'envoi/)).toBeNull());
    // Sent in the background, the point then shows in the agenda without the user reloading anything.
    await waitFor(() =>
      expect((screen.getByLabelText(/Objet du point 2/) as HTMLInputElement).value).toBe(
        "Acquisition d'un défibrillateur",
      ),
    );
  });

  it("un élu ne voit aucune commande de préparation et laisse un avis enregistré dans la liste des avis", async () => {
    const data = seeded();
    renderApp(data, "review");
    fireEvent.change(await screen.findByLabelText("Voir comme"), { target: { value: "2" } });
    const comment = await screen.findByLabelText("Commentaire sur le point 1");
    expect(screen.queryByRole("tab", { name: "Cockpit" })).toBeNull();
    fireEvent.click(screen.getByRole("radio", { name: "Question" }));
    fireEvent.change(comment, { target: { value: "Quel taux d'évolution ?" } });
    fireEvent.click(screen.getByRole("button", { name: /^Enregistrer mes avis/ }));
    await waitFor(() =>
      expect(data.avis.all()).toEqual([
        expect.objectContaining({
          point: "1",
          membre: "2",
          position: "question",
          commentaire: "Quel taux d'évolution ?",
        }),
      ]),
    );

    fireEvent.click(screen.getByRole("tab", { name: "Séances" }));
    await screen.findByRole("table", { name: "Ordre du jour" });
    expect(screen.queryByRole("button", { name: "Ajouter le point" })).toBeNull();
    expect(screen.queryByRole("button", { name: /Envoyer la convocation/ })).toBeNull();
  });

  it("le cockpit signale en retard la convocation dont la date limite d'envoi est passée", async () => {
    const data = seeded();
    data.seances.editElsewhere("1", { date: "2026-11-22T18:00:00Z" });
    renderApp(data, "cockpit");
    const row = (await screen.findByText(/Envoyer la convocation de la séance du 22\/11\/2026/)).closest("li");
    expect(row && within(row).getByText("En retard de 2 j")).toBeTruthy();
    expect(within(row as HTMLElement).getByText("CGCT L2121-11")).toBeTruthy();
    await act(async () => undefined);
  });
});

/** A séance being held: convoked, its two élus expected in the room. */
function inSession() {
  return fakeData({
    communes: [{ nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49" }],
    membres: [
      { nom: "Claire Moreau", role: "secretaire", commune: "1" },
      { nom: "Sophie Garnier", role: "elu", commune: "1" },
      { nom: "Michel Rousseau", role: "elu", commune: "1" },
    ],
    seances: [
      {
        titre: "Conseil municipal",
        commune: "1",
        date: "2026-12-05T18:00:00Z",
        statut: "convoquee",
        convocationLe: "2026-11-30T11:00:00Z",
        modeConvocation: "dematerialisee",
      },
    ],
    points: [{ titre: "Budget primitif", seance: "1", numero: 1, nature: "deliberation" }],
  });
}

describe("présence, procurations et votes enregistrés dans les listes SharePoint", () => {
  it("la séance saisie sur un appareil se retrouve sur un autre : présence, procuration, secrétaire, vote", async () => {
    const data = inSession();
    const first = renderApp(data, "seance", "2026-12-05");
    fireEvent.click(await screen.findByRole("checkbox", { name: "Sophie Garnier" }));
    await waitFor(() =>
      expect(data.presences.all()).toEqual([
        expect.objectContaining({ seance: "1", membre: "2", presence: "present" }),
      ]),
    );
    fireEvent.change(await screen.findByLabelText("Procuration de Michel Rousseau"), { target: { value: "2" } });
    await waitFor(() =>
      expect(data.presences.all().find((p) => p.membre === "3")).toMatchObject({ presence: "absent", mandataire: "2" }),
    );
    await waitFor(() =>
      expect((screen.getByLabelText("Secrétaire de séance") as HTMLSelectElement).disabled).toBe(false),
    );
    fireEvent.change(screen.getByLabelText("Secrétaire de séance"), { target: { value: "2" } });
    await waitFor(() => expect(data.seances.all()[0]?.secretaireSeance).toBe("2"));
    fireEvent.change(await screen.findByLabelText("Pour — 1. Budget primitif"), { target: { value: "2" } });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer le vote du point 1" }));
    await waitFor(() => expect(data.points.all()[0]).toMatchObject({ pour: 2, contre: 0, abstentions: 0 }));
    first.unmount();

    renderApp(data, "seance", "2026-12-05");
    await waitFor(() =>
      expect((screen.getByRole("checkbox", { name: "Sophie Garnier" }) as HTMLInputElement).checked).toBe(true),
    );
    expect((screen.getByLabelText("Procuration de Michel Rousseau") as HTMLSelectElement).value).toBe("2");
    expect((screen.getByLabelText("Pour — 1. Budget primitif") as HTMLInputElement).value).toBe("2");
    // The checker judges the séance from the lists: one élu of two present is no quorum.
    expect(screen.getByText(/Quorum non atteint à l'ouverture : 1 membre présent pour 2 requis/)).toBeTruthy();
  });

  it("ce qu'une version précédente gardait dans ce navigateur passe une fois dans les listes, puis le navigateur l'oublie", async () => {
    const data = inSession();
    const storage = new MemoryStorage();
    const kept = {
      presents: ["Sophie Garnier"],
      procurations: [{ mandant: "Michel Rousseau", mandataire: "Sophie Garnier" }],
      votes: { "1": { pour: 1, contre: 0, abstentions: 0 } },
    };
    storage.setItem("mairie.seance-details.1", JSON.stringify(kept));
    renderTeamsApp(data, "seance", "2026-12-05", { legacyDetails: legacyDetailsStore(storage) });
    await waitFor(() => expect(storage.getItem("mairie.seance-details.1")).toBeNull());
    expect(data.presences.all().map((p) => [p.membre, p.presence, p.mandataire])).toEqual([
      ["2", "present", undefined],
      ["3", "absent", "2"],
    ]);
    expect(data.points.all()[0]).toMatchObject({ pour: 1, contre: 0, abstentions: 0 });
    await waitFor(() =>
      expect((screen.getByRole("checkbox", { name: "Sophie Garnier" }) as HTMLInputElement).checked).toBe(true),
    );
  });

  it("réseau coupé pendant la séance : la présence reste en attente d'envoi puis part au retour du réseau", async () => {
    const data = inSession();
    renderApp(data, "seance", "2026-12-05");
    const sophie = await screen.findByRole("checkbox", { name: "Sophie Garnier" });
    data.presences.offline = true;
    fireEvent.click(sophie);
    await screen.findByText("1 modification en attente d'envoi");
    expect(data.presences.all()).toEqual([]);
    data.presences.offline = false;
    await waitFor(() =>
      expect(data.presences.all()).toEqual([expect.objectContaining({ membre: "2", presence: "present" })]),
    );
  });
});
