import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { fakeData } from "../../testing/fake-data";
import { closeTeamsAppsAfterEach, renderTeamsApp } from "../../testing/render-teams-app";

closeTeamsAppsAfterEach();

function seeded() {
  return fakeData({
    communes: [{ nom: "Les Essarts-le-Bas", population: 1210, departement: "49" }],
    membres: [
      { nom: "Claire Moreau", role: "secretaire", commune: "1", email: "secretariat@a.example" },
      { nom: "Hélène Brochard", role: "elu", commune: "1", fonction: "Maire" },
    ],
  });
}

describe("profil de la commune (onglet Teams)", () => {
  it("dit ce qui manque, propose le tribunal du département et enregistre avec l'eTag", async () => {
    const data = seeded();
    renderTeamsApp(data, "commune", "2026-11-20");
    const form = await screen.findByRole("form", { name: "Profil de Les Essarts-le-Bas" });
    expect(screen.getByText(/Aucun élu n'est désigné comme maire/)).toBeTruthy();
    expect(screen.getByText(/mode de publication des actes/)).toBeTruthy();
    expect(within(form).getByText(/Vide : Tribunal administratif de Nantes/)).toBeTruthy();

    fireEvent.change(within(form).getByLabelText("Article du nom"), { target: { value: "les" } });
    fireEvent.change(within(form).getByLabelText(/Publication des actes/), { target: { value: "electronique" } });
    fireEvent.click(within(form).getByRole("button", { name: "Enregistrer le profil" }));
    await waitFor(() => expect(data.communes.all()[0]).toMatchObject({ article: "les", publication: "electronique" }));
    // After the save the warning speaks of the commune with its article.
    await waitFor(() => expect(document.body.textContent).toMatch(/dans les actes et courriers des Essarts-le-Bas/));
  });

  it("refuse un département inconnu en français, sans rien écrire", async () => {
    const data = seeded();
    renderTeamsApp(data, "commune", "2026-11-20");
    const form = await screen.findByRole("form", { name: "Profil de Les Essarts-le-Bas" });
    fireEvent.change(within(form).getByLabelText("Département"), { target: { value: "20" } });
    expect(within(form).getByText(/Le département s'écrit comme dans le code INSEE/)).toBeTruthy();
    expect(within(form).getByRole("button", { name: "Enregistrer le profil" })).toHaveProperty("disabled", true);
    expect(data.communes.writes).toBe(0);
  });

  it("désigne la maire et son genre dans la liste des membres", async () => {
    const data = seeded();
    renderTeamsApp(data, "commune", "2026-11-20");
    const row = await screen.findByRole("listitem", { name: "Hélène Brochard" });
    fireEvent.change(within(row).getByLabelText("Genre de Hélène Brochard"), { target: { value: "f" } });
    fireEvent.change(within(row).getByLabelText("Mandat de Hélène Brochard"), { target: { value: "maire" } });
    fireEvent.click(within(row).getByRole("button", { name: "Enregistrer Hélène Brochard" }));
    await waitFor(() =>
      expect(data.membres.all().find((m) => m.nom === "Hélène Brochard")).toMatchObject({
        genre: "f",
        mandat: "maire",
      }),
    );
    await waitFor(() => expect(screen.queryByText(/Aucun élu n'est désigné comme maire/)).toBeNull());
  });
});
