import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { fakeData } from "../../testing/fake-data";
import { closeTeamsAppsAfterEach, renderTeamsApp } from "../../testing/render-teams-app";

closeTeamsAppsAfterEach();

function seeded() {
  return fakeData({
    communes: [
      { nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49" },
      { nom: "Les Essarts-le-Bas", article: "les", population: 1210, departement: "49" },
    ],
    membres: [
      { nom: "Claire Moreau", role: "secretaire", commune: "1", email: "secretariat@a.example" },
      { nom: "Claire Moreau", role: "secretaire", commune: "2", email: "secretariat@a.example" },
    ],
    actes: [
      {
        objet: "Tarifs de la cantine",
        type: "deliberation",
        numero: "2026-031",
        commune: "1",
        date: "2026-10-02T17:00:00Z",
        publieLe: "2026-10-03T10:00:00Z",
      },
      {
        objet: "Voirie communale",
        type: "deliberation",
        numero: "2026-008",
        commune: "2",
        date: "2026-10-02T17:00:00Z",
        publieLe: "2026-10-03T10:00:00Z",
      },
    ],
  });
}

const todo = () => screen.getByRole("list", { name: "Échéances et formalités" });

describe("cockpit sur lequel on agit", () => {
  it("marque transmise une délibération en retard : la date va dans l'acte et la ligne disparaît", async () => {
    const data = seeded();
    renderTeamsApp(data, "cockpit", "2026-11-20");
    const text = await screen.findByText(/Transmettre au contrôle de légalité la délibération n° 2026-031/);
    const item = text.closest("li") as HTMLElement;
    expect(within(item).getByText(/transmettez-le par @ctes ou en préfecture/)).toBeTruthy();
    fireEvent.click(within(item).getByRole("button", { name: /^Transmis : / }));
    const date = within(item).getByLabelText("Transmis le");
    fireEvent.change(date, { target: { value: "2026-11-21" } });
    expect(within(item).getByText(/ne peut être postérieure à aujourd'hui/)).toBeTruthy();
    fireEvent.change(date, { target: { value: "2026-10-05" } });
    fireEvent.click(within(item).getByRole("button", { name: "Enregistrer" }));
    await waitFor(() => expect(data.actes.all()[0]?.transmisLe).toMatch(/^2026-10-05T/));
    await waitFor(() => expect(within(todo()).queryByText(/Transmettre .* n° 2026-031/)).toBeNull());
    // Sent is not received: the préfecture's acknowledgement is what the cockpit asks for next.
    expect(within(todo()).getByText(/Enregistrer l'accusé de réception .* n° 2026-031/)).toBeTruthy();
    expect(within(todo()).getByText(/n° 2026-008/)).toBeTruthy();
  });

  it("filtre par commune", async () => {
    renderTeamsApp(seeded(), "cockpit", "2026-11-20");
    await screen.findByText(/Transmettre .* n° 2026-008/);
    fireEvent.change(screen.getByLabelText("Commune"), { target: { value: "1" } });
    await waitFor(() => expect(within(todo()).queryByText(/n° 2026-008/)).toBeNull());
    expect(within(todo()).getByText(/n° 2026-031/)).toBeTruthy();
    expect(within(todo()).queryByText("Les Essarts-le-Bas", { exact: false })).toBeNull();
  });

  it("marque envoyée une convocation, sauf sur un ordre du jour vide ou le jour de la séance", async () => {
    const data = fakeData({
      communes: [{ nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49" }],
      membres: [{ nom: "Claire Moreau", role: "secretaire", commune: "1", email: "secretariat@a.example" }],
      seances: [
        { titre: "Conseil municipal", commune: "1", date: "2026-11-25T18:00:00Z", statut: "preparation" as const },
        { titre: "Conseil municipal", commune: "1", date: "2026-11-27T18:00:00Z", statut: "preparation" as const },
      ],
      points: [{ titre: "Budget primitif", seance: "2", numero: 1, nature: "deliberation" as const }],
    });
    renderTeamsApp(data, "cockpit", "2026-11-20");
    const open = async (day: string) => {
      const text = await screen.findByText(new RegExp(`Envoyer la convocation de la séance du ${day}`));
      const item = text.closest("li") as HTMLElement;
      fireEvent.click(within(item).getByRole("button", { name: /^Convocation envoyée : / }));
      return item;
    };
    const empty = await open("25/11/2026");
    await within(empty).findByText(/L'ordre du jour est vide/);
    expect(within(empty).getByRole("button", { name: "Enregistrer" })).toHaveProperty("disabled", true);

    const ready = await open("27/11/2026");
    const date = within(ready).getByLabelText("Convocation envoyée le");
    fireEvent.change(date, { target: { value: "2026-11-27" } });
    await within(ready).findByText(/doit précéder le jour de la séance/);
    fireEvent.change(date, { target: { value: "2026-11-20" } });
    const save = within(ready).getByRole("button", { name: "Enregistrer" });
    await waitFor(() => expect(save).toHaveProperty("disabled", false));
    fireEvent.click(save);
    await waitFor(() =>
      expect(data.seances.all().find((s) => s.id === "2")).toMatchObject({
        convocationLe: expect.stringMatching(/^2026-11-20T/),
        statut: "convoquee",
      }),
    );
    expect(data.seances.all().find((s) => s.id === "1")?.convocationLe).toBeUndefined();
  });
});
