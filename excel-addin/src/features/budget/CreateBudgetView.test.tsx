import { fireEvent, screen, within } from "@testing-library/react";
import { renderExcelApp } from "../../testing/render-excel-app";

const openTab = () =>
  fireEvent.click(
    within(screen.getByRole("tablist", { name: "Vues du volet" })).getByRole("tab", { name: "Créer un budget" }),
  );

describe("Créer un budget", () => {
  it("crée un budget vierge dans un classeur vide", async () => {
    const { preview } = renderExcelApp([]);
    openTab();
    fireEvent.click(screen.getByRole("button", { name: "Créer un budget vierge" }));
    await screen.findByText(/Budget primitif vierge : feuilles « Document » et « Budget » créées/);
    expect((await preview.readSheet("Budget")).values[0]?.[0]).toBe("Section");
    expect((await preview.readSheet("Document")).values).toContainEqual(["Exercice", 2026]);
  });

  it("demande avant de remplacer un budget existant, et n'écrit rien si l'on annule", async () => {
    const { preview } = renderExcelApp();
    const before = await preview.readSheet("Budget");
    openTab();
    fireEvent.click(screen.getByRole("button", { name: "Créer un budget vierge" }));
    await screen.findByText(/Le classeur a déjà les feuilles « Document » et « Budget »/);
    fireEvent.click(screen.getByRole("button", { name: "Annuler" }));
    expect(await preview.readSheet("Budget")).toBe(before);
    fireEvent.click(screen.getByRole("button", { name: "Créer un budget vierge" }));
    fireEvent.click(await screen.findByRole("button", { name: "Remplacer" }));
    await screen.findByText(/feuilles « Document » et « Budget » écrites \(0 ligne budgétaire\)/);
  });
});
