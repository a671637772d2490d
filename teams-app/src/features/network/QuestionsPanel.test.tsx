import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { fakeData } from "../../testing/fake-data";
import { closeTeamsAppsAfterEach, renderTeamsApp } from "../../testing/render-teams-app";

closeTeamsAppsAfterEach();

describe("réseau : poser une question, y répondre, la retrouver", () => {
  it("la question et sa réponse sont enregistrées au nom de la secrétaire, puis trouvées par mot et par thème", async () => {
    const data = fakeData({
      communes: [{ nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49" }],
      membres: [{ nom: "Claire Moreau", role: "secretaire", commune: "1", email: "secretariat@a.example" }],
    });
    renderTeamsApp(data, "network", "2026-11-20");
    fireEvent.change(await screen.findByLabelText("Voir comme"), { target: { value: "1" } });
    const ask = await screen.findByRole("button", { name: "Poser la question" });
    expect(ask).toHaveProperty("disabled", true);
    fireEvent.change(screen.getByLabelText(/^Sujet/), { target: { value: " Délai de convocation " } });
    fireEvent.change(screen.getByLabelText(/^Votre question/), { target: { value: "Trois jours francs ?" } });
    fireEvent.change(screen.getByLabelText("Thème de la question"), { target: { value: "budget" } });
    fireEvent.click(ask);
    const thread = within(await screen.findByRole("region", { name: "Délai de convocation" }));
    expect(data.questions.all()).toEqual([
      expect.objectContaining({
        sujet: "Délai de convocation",
        theme: "budget",
        auteur: "Claire Moreau",
        commune: "1",
      }),
    ]);
    expect((screen.getByLabelText(/^Sujet/) as HTMLInputElement).value).toBe("");
    fireEvent.change(thread.getByLabelText(/^Votre réponse/), { target: { value: "Oui, trois jours francs." } });
    fireEvent.change(thread.getByLabelText("Référence (article, circulaire)"), { target: { value: "CGCT L2121-12" } });
    fireEvent.click(thread.getByRole("button", { name: "Répondre" }));
    await thread.findByText("Claire Moreau — CGCT L2121-12");
    await waitFor(() => expect(data.reponses.all()).toHaveLength(1));
    fireEvent.change(screen.getByRole("searchbox", { name: "Rechercher dans les questions et réponses" }), {
      target: { value: "francs" },
    });
    screen.getByRole("region", { name: "Délai de convocation" });
    fireEvent.change(screen.getByLabelText("Thème"), { target: { value: "rh" } });
    await screen.findByText("Aucune question ne correspond.");
  });
});
