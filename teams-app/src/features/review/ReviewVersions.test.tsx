import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { FakeDocuments } from "../../testing/fake-documents";
import { fakeData } from "../../testing/fake-data";
import { closeTeamsAppsAfterEach, renderTeamsApp } from "../../testing/render-teams-app";

const seeded = () =>
  fakeData({
    communes: [{ nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49" }],
    membres: [
      { nom: "Claire Moreau", role: "secretaire", commune: "1", email: "secretariat@a.example" },
      { nom: "Sophie Garnier", role: "elu", commune: "1", fonction: "Adjointe" },
      { nom: "Michel Rousseau", role: "elu", commune: "1", fonction: "Conseiller" },
    ],
    seances: [
      { titre: "Conseil municipal", commune: "1", date: "2026-12-05T18:00:00Z", statut: "preparation", lieu: "Mairie" },
    ],
    points: [{ titre: "Budget primitif", seance: "1", numero: 1, nature: "deliberation" }],
    // Given before the suite kept versions: no version recorded.
    avis: [{ titre: "D'accord", seance: "1", point: "1", membre: "3", position: "favorable" }],
  });

async function projet(documents: FakeDocuments) {
  const file = await documents.upload("1", "Point 1 - projet.docx", new Uint8Array([1]), { conflict: "fail" });
  await documents.setColumns([{ id: file.id, columns: { seance: "1", point: "1", type: "projet-deliberation" } }]);
  return file;
}

closeTeamsAppsAfterEach();

describe("les avis et les ouvertures disent quelle version du projet l'élu a vue", () => {
  it("l'élu ouvre le projet puis donne son avis ; le projet change ; la secrétaire voit l'avis sur une version antérieure et qui a ouvert quoi", async () => {
    const data = seeded();
    const documents = new FakeDocuments();
    const first = await projet(documents);
    renderTeamsApp(data, "review", "2026-11-20", { documents });
    fireEvent.change(await screen.findByLabelText("Voir comme"), { target: { value: "2" } });
    fireEvent.click(await screen.findByRole("link", { name: "Ouvrir dans Word" }));
    await waitFor(() =>
      expect(data.ouvertures.all()).toEqual([
        expect.objectContaining({
          point: "1",
          membre: "2",
          fichier: first.id,
          documentEmpreinte: first.cTag,
          documentVersion: "1.0",
        }),
      ]),
    );
    // A second click on the same version records nothing more: one event per élu and version.
    fireEvent.click(screen.getByRole("link", { name: "Ouvrir dans Word" }));
    fireEvent.click(screen.getByRole("radio", { name: "Favorable" }));
    fireEvent.click(screen.getByRole("button", { name: /^Enregistrer mes avis/ }));
    await waitFor(() =>
      expect(data.avis.all().find((a) => a.membre === "2")).toMatchObject({
        documentEmpreinte: first.cTag,
        documentVersion: "1.0",
        documentModifieLe: first.lastModified,
      }),
    );
    expect(data.ouvertures.all()).toHaveLength(1);

    await documents.upload("1", first.name, new Uint8Array([1, 2]), { conflict: "replace", ifMatch: first.cTag });
    fireEvent.change(screen.getByLabelText("Voir comme"), { target: { value: "1" } });
    const card = (await screen.findByRole("heading", { name: "1. Budget primitif" })).closest("section");
    if (!card) throw new Error("carte du point absente");
    const sophie = (await within(card).findByText(/^Sophie Garnier — Favorable/)).closest("li") as HTMLElement;
    within(sophie).getByText(/avis donné sur la version 1\.0 du 01\/12\/2026 à 11:00/);
    within(sophie).getByText("version antérieure");
    const michel = within(card)
      .getByText(/^Michel Rousseau — Favorable/)
      .closest("li") as HTMLElement;
    within(michel).getByText(/avis donné sur la version inconnue/);
    within(michel).getByText("version inconnue");
    within(card).getByText(/1 avis porte\(nt\) sur une version antérieure du projet \(version actuelle : version 2\.0/);
    const openings = within(card).getByRole("list", { name: "Ouvertures du projet" });
    within(openings).getByText(/^Sophie Garnier a ouvert la version 1\.0 du 01\/12\/2026 à 11:00 le /);
  });
});
