import { fireEvent, screen, within } from "@testing-library/react";
import { renderExcelApp } from "../../testing/render-excel-app";

describe("Synthèse pour les élus", () => {
  it("dessine les graphiques, chacun avec son texte et ses données en tableau", async () => {
    renderExcelApp();
    fireEvent.click(
      within(screen.getByRole("tablist", { name: "Vues du volet" })).getByRole("tab", {
        name: "Synthèse pour les élus",
      }),
    );
    await screen.findByRole("img", { name: /Dépenses et recettes par chapitre — fonctionnement/ });
    screen.getByRole("img", { name: /Autofinancement Épargne brute 30\s000,00\s€ ; .* épargne nette 22\s000,00\s€/ });
    screen.getByRole("img", { name: /Annuité 9\s500,00\s€, soit 5,4 % des recettes réelles de fonctionnement/ });
    const table = screen.getByRole("table", { name: "Dépenses et recettes par chapitre — investissement" });
    within(table).getByRole("rowheader", { name: "16 Emprunts et dettes assimilées" });
    within(table).getAllByText("8 000,00 €");
  });
});
