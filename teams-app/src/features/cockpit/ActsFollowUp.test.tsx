import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { fakeData } from "../../testing/fake-data";
import { renderTeamsApp } from "../../testing/render-teams-app";

let stop: () => void = () => undefined;
afterEach(() => {
  cleanup();
  stop();
});

const secretaire = (commune: string) => ({
  nom: "Claire Moreau",
  role: "secretaire" as const,
  commune,
  email: "secretariat@a.example",
});

describe("suivi des actes après le vote, dans le cockpit", () => {
  it("montre le statut (transmis, AR reçu, publié, exécutoire) et les délais ouverts avec leur référence", async () => {
    const data = fakeData({
      communes: [{ nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49", publication: "affichage" }],
      membres: [secretaire("1")],
      actes: [
        {
          objet: "Tarifs de la cantine",
          type: "deliberation",
          numero: "2026_031",
          commune: "1",
          date: "2026-10-02T17:00:00Z",
          transmisLe: "2026-10-05T10:00:00Z",
          arLe: "2026-10-05T10:05:00Z",
          publieLe: "2026-10-06T10:00:00Z",
        },
        {
          objet: "Adhésion au service commun",
          type: "deliberation",
          numero: "2026_032",
          commune: "1",
          date: "2026-11-02T17:00:00Z",
        },
      ],
    });
    stop = renderTeamsApp(data, "cockpit", "2026-11-20").stop;
    const list = await screen.findByRole("list", { name: "Actes après le vote" });
    const done = within(list)
      .getByText(/n° 2026_031/)
      .closest("li") as HTMLElement;
    expect(within(done).getByText("Exécutoire")).toBeTruthy();
    expect(within(done).getByText(/AR reçu le 05\/10\/2026, publié le 06\/10\/2026/)).toBeTruthy();
    expect(within(done).getByText(/Déféré préfectoral .* jusqu'au 07\/12\/2026/)).toBeTruthy();
    expect(within(done).getByText(/CGCT L2131-6/)).toBeTruthy();
    const pending = within(list)
      .getByText(/n° 2026_032/)
      .closest("li") as HTMLElement;
    expect(within(pending).getByText("Pas exécutoire")).toBeTruthy();
    expect(within(pending).getByText(/pas encore publié : à afficher en mairie/)).toBeTruthy();
    const steps = within(pending).getByRole("list", { name: "Publication" });
    expect(within(steps).getByText("Afficher l'acte en mairie, à un emplacement accessible au public")).toBeTruthy();
    expect(within(steps).getByText(/Retirer l'acte de l'affichage/)).toBeTruthy();
    expect(within(done).getByText(/à garder jusqu'au 06\/12\/2026 au moins/)).toBeTruthy();
    expect(
      within(done).getByText(
        "Registre des actes : « Acte rendu exécutoire après transmission le 05/10/2026 et publication le 06/10/2026 ».",
      ),
    ).toBeTruthy();
  });

  it("électronique : la raison dit de mettre en ligne", async () => {
    const data = fakeData({
      communes: [{ nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49", publication: "electronique" }],
      membres: [secretaire("1")],
      actes: [
        { objet: "Tarifs", type: "deliberation", numero: "2026_033", commune: "1", date: "2026-11-02T17:00:00Z" },
      ],
    });
    stop = renderTeamsApp(data, "cockpit", "2026-11-20").stop;
    const list = await screen.findByRole("list", { name: "Actes après le vote" });
    expect(within(list).getByText(/à mettre en ligne sur le site de la commune/)).toBeTruthy();
    const steps = within(list).getByRole("list", { name: "Publication" });
    expect(within(steps).getByText(/Mettre en ligne la page de publication/)).toBeTruthy();
    expect(within(steps).queryByText(/affichage/)).toBeNull();
  });
});

describe("accusé de réception saisi dans le suivi des actes", () => {
  it("enregistre l'identifiant et la date de l'AR dans la fiche : l'acte devient exécutoire", async () => {
    const data = fakeData({
      communes: [{ nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49", publication: "electronique" }],
      membres: [secretaire("1")],
      actes: [
        {
          objet: "Tarifs",
          type: "deliberation",
          numero: "2026_034",
          commune: "1",
          date: "2026-11-02T17:00:00Z",
          transmisLe: "2026-11-03T10:00:00Z",
          publieLe: "2026-11-04T10:00:00Z",
        },
      ],
    });
    stop = renderTeamsApp(data, "cockpit", "2026-11-20").stop;
    const form = await screen.findByRole("form", { name: "Accusé de réception" });
    const save = within(form).getByRole("button", { name: "Enregistrer l'accusé de réception" });
    expect(save.hasAttribute("disabled")).toBe(true);
    fireEvent.change(within(form).getByLabelText("Identifiant de l'accusé de réception"), {
      target: { value: "049-214900017-20261103-2026_034-DE" },
    });
    fireEvent.change(within(form).getByLabelText("Reçu le"), { target: { value: "2026-11-02" } });
    expect(within(form).getByText(/ne peut précéder la transmission du 03\/11\/2026/)).toBeTruthy();
    fireEvent.change(within(form).getByLabelText("Reçu le"), { target: { value: "2026-11-03" } });
    fireEvent.click(save);
    await waitFor(() =>
      expect(data.actes.all()[0]).toMatchObject({
        arId: "049-214900017-20261103-2026_034-DE",
        arLe: expect.stringMatching(/^2026-11-03T/) as unknown,
      }),
    );
    const list = await screen.findByRole("list", { name: "Actes après le vote" });
    await within(list).findByText("Exécutoire");
  });
});

describe("retrait de l'affichage", () => {
  it("refuse un retrait avant deux mois, enregistre celui qui les respecte", async () => {
    const data = fakeData({
      communes: [{ nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49", publication: "affichage" }],
      membres: [secretaire("1")],
      actes: [
        {
          objet: "Tarifs",
          type: "deliberation",
          numero: "2026_035",
          commune: "1",
          date: "2026-09-02T17:00:00Z",
          transmisLe: "2026-09-03T10:00:00Z",
          arLe: "2026-09-03T10:00:00Z",
          publieLe: "2026-09-04T10:00:00Z",
        },
      ],
    });
    stop = renderTeamsApp(data, "cockpit", "2026-11-20").stop;
    const form = await screen.findByRole("form", { name: "Retrait de l'affichage" });
    fireEvent.change(within(form).getByLabelText("Retiré de l'affichage le"), { target: { value: "2026-11-03" } });
    expect(within(form).getByText(/reste affiché jusqu'au 04\/11\/2026 au moins/)).toBeTruthy();
    fireEvent.change(within(form).getByLabelText("Retiré de l'affichage le"), { target: { value: "2026-11-05" } });
    fireEvent.click(within(form).getByRole("button", { name: "Enregistrer le retrait" }));
    await waitFor(() => expect(data.actes.all()[0]?.publicationRetireeLe).toMatch(/^2026-11-05T/));
  });
});
