import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { SAMPLE_BUDGET, SAMPLE_PLAN_SHEET } from "../../host/sample-workbook";
import { renderExcelApp } from "../../testing/render-excel-app";

const openTab = () =>
  fireEvent.click(
    within(screen.getByRole("tablist", { name: "Vues du volet" })).getByRole("tab", { name: "Plan de financement" }),
  );

describe("Plan de financement", () => {
  it("vérifie le plan, montre la participation insuffisante et sélectionne la cellule d'un financeur", async () => {
    const { preview } = renderExcelApp();
    openTab();
    fireEvent.click(screen.getByRole("button", { name: "Vérifier le plan de financement" }));
    const list = await screen.findByRole("list", { name: "Résultats de la vérification" });
    within(list).getByText(/Participation du maître d'ouvrage 5 000,00 € \(10 %\) inférieure au minimum de 20 %/);
    await screen.findByText(
      /Réfection de la voirie communale — dépenses \(HT\) : 50 000,00 € ; financements : 50 000,00 €/,
    );
    fireEvent.click(within(list).getByRole("button", { name: /Département du Loiret/ }));
    const funderRow = SAMPLE_PLAN_SHEET.values.findIndex((row) => row[1] === "Département du Loiret") + 1;
    await waitFor(() =>
      expect(preview.snapshot().selected).toEqual({ sheet: "Plan de financement", address: `A${funderRow}` }),
    );
    expect(preview.snapshot().marks).toEqual([expect.objectContaining({ address: `A${funderRow}`, level: "info" })]);
  });

  it("crée la feuille du plan depuis le modèle", async () => {
    const { preview } = renderExcelApp([SAMPLE_BUDGET]);
    openTab();
    fireEvent.click(screen.getByRole("button", { name: "Créer la feuille du plan" }));
    await screen.findByText(/Feuille « Plan de financement » créée/);
    expect(await preview.listSheets()).toContain("Plan de financement");
  });

  it("sans feuille de plan, le dit en français", async () => {
    renderExcelApp([SAMPLE_BUDGET]);
    openTab();
    fireEvent.click(screen.getByRole("button", { name: "Vérifier le plan de financement" }));
    await screen.findByText("La feuille « Plan de financement » n'existe pas dans le classeur.");
  });
});

describe("Plan de financement et budget", () => {
  it("rapproche le plan vérifié des lignes du budget qui portent son opération", async () => {
    renderExcelApp();
    fireEvent.click(
      within(screen.getByRole("tablist", { name: "Vues du volet" })).getByRole("tab", { name: "Plan de financement" }),
    );
    fireEvent.click(screen.getByRole("button", { name: "Vérifier le plan de financement" }));
    const gaps = await screen.findByRole("list", { name: "Écarts entre le plan et le budget" });
    expect(
      within(gaps)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Opération 12 : dépenses inscrites au budget 52\u202f000,00\u202f€, coût TTC du plan 60\u202f000,00\u202f€.",
      "Opération 12 : recettes du chapitre 13 inscrites au budget 20\u202f000,00\u202f€, subventions du plan 45\u202f000,00\u202f€.",
    ]);
  });

  it("sans budget dans le classeur, dit que le plan n'est pas rapproché", async () => {
    renderExcelApp([SAMPLE_PLAN_SHEET]);
    fireEvent.click(
      within(screen.getByRole("tablist", { name: "Vues du volet" })).getByRole("tab", { name: "Plan de financement" }),
    );
    fireEvent.click(screen.getByRole("button", { name: "Vérifier le plan de financement" }));
    await screen.findByText(/Plan non rapproché du budget : La feuille « Document » n'existe pas/);
  });
});
