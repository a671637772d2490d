import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { fakeData } from "../../testing/fake-data";
import { closeTeamsAppsAfterEach, renderTeamsApp } from "../../testing/render-teams-app";

const TODAY = "2026-11-20";

closeTeamsAppsAfterEach();

async function asReferent() {
  const data = fakeData({
    communes: [{ nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49" }],
    membres: [{ nom: "Paul Durand", role: "referent", commune: "1", email: "referent@a.example" }],
  });
  data.validationsClauses.stamp = {
    createdBy: { displayName: "Paul Durand", email: "referent@a.example" },
    createdDateTime: `${TODAY}T11:00:00Z`,
  };
  renderTeamsApp(data, "network", TODAY);
  fireEvent.change(await screen.findByLabelText("Voir comme"), { target: { value: "1" } });
  fireEvent.click(await screen.findByRole("tab", { name: "Clauses partagées" }));
  return data;
}

describe("réseau : un référent relit et valide les clauses de l'équipe", () => {
  it("la validation est un élément du référent (son texte exact) ; qui et quand viennent de SharePoint, puis « Validée »", async () => {
    const data = await asReferent();
    await screen.findByText(/^Clauses de l'équipe à relire \(\d+ proposées, 0 validées\)$/);
    fireEvent.change(screen.getByLabelText("Chercher une clause de l'équipe"), {
      target: { value: "secrétaire de séance" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Valider cette version : Secrétaire de séance — version 1" }));
    await waitFor(() =>
      expect(data.validationsClauses.all()).toEqual([
        expect.objectContaining({ version: 1, texte: "Secrétaire de séance : {secretaire}", decision: "validee" }),
      ]),
    );
    expect(data.clauseVersions.all()).toEqual([]);
    expect(data.clauses.all()).toEqual([expect.objectContaining({ categorie: "catalogue:seance-secretaire" })]);
    await screen.findByText("Validée — validée le 20 novembre 2026 par Paul Durand");
    screen.getByText(/^Clauses de l'équipe à relire \(\d+ proposées, 1 validées\)$/);
  });

  it("une clause dont une référence reste à vérifier ne peut pas être validée, et le référent voit pourquoi", async () => {
    await asReferent();
    fireEvent.change(await screen.findByLabelText("Chercher une clause de l'équipe"), {
      target: { value: "interdiction temporaire de stationner" },
    });
    const title = "Interdiction temporaire de stationner — version 1";
    const item = screen.getByText(title).parentElement as HTMLElement;
    within(item).getByText(/^À vérifier avant toute validation : C\. route L325-1 : à vérifier/);
    expect(screen.getByRole("button", { name: `Valider cette version : ${title}` })).toHaveProperty("disabled", true);
  });
});
