import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { fakeData } from "../../testing/fake-data";
import { closeTeamsAppsAfterEach, renderTeamsApp } from "../../testing/render-teams-app";

closeTeamsAppsAfterEach();

describe("réseau : proposer une clause, puis la valider en référent", () => {
  it("la clause et son texte sont enregistrés, le brouillon vidé ; le référent la valide et elle passe aux validées", async () => {
    const data = fakeData({
      communes: [{ nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49" }],
      membres: [{ nom: "Paul Durand", role: "referent", commune: "1", email: "referent@a.example" }],
    });
    renderTeamsApp(data, "network", "2026-11-20");
    fireEvent.change(await screen.findByLabelText("Voir comme"), { target: { value: "1" } });
    fireEvent.click(await screen.findByRole("tab", { name: "Clauses partagées" }));
    const propose = await screen.findByRole("button", { name: "Proposer la clause" });
    expect(propose).toHaveProperty("disabled", true);
    fireEvent.change(screen.getByLabelText(/^Intitulé de la clause/), { target: { value: " Tarifs du marché " } });
    fireEvent.change(screen.getByLabelText(/^Texte proposé/), { target: { value: "Le tarif est fixé." } });
    fireEvent.click(propose);
    await screen.findByText("Clause proposée : un référent du réseau la validera.");
    expect(data.clauseVersions.all()).toEqual([
      expect.objectContaining({
        titre: "Tarifs du marché v1",
        version: 1,
        texte: "Le tarif est fixé.",
        auteur: "Paul Durand",
      }),
    ]);
    expect((screen.getByLabelText(/^Intitulé de la clause/) as HTMLInputElement).value).toBe("");
    await screen.findByText("Clauses proposées (1)");
    fireEvent.click(screen.getByRole("button", { name: "Valider : Tarifs du marché — version 1" }));
    await waitFor(() =>
      expect(data.validationsClauses.all()).toEqual([
        expect.objectContaining({ version: 1, texte: "Le tarif est fixé.", decision: "validee" }),
      ]),
    );
    const validated = await screen.findByRole("region", { name: /^Clauses validées/ });
    await within(validated).findByText("Tarifs du marché — version 1");
  });
});
