import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { SAMPLE_BUDGET, SAMPLE_DOCUMENT_SHEET } from "../../host/sample-workbook";
import { renderExcelApp } from "../../testing/render-excel-app";

const IMBALANCE = /Section d'investissement en déséquilibre/;
const check = () => fireEvent.click(screen.getByRole("button", { name: "Vérifier le budget" }));

describe("Vérifier le budget, sur le classeur simulé", () => {
  it("montre l'équilibre de chaque section et l'anomalie avec sa référence, marquée sur la feuille", async () => {
    const { preview } = renderExcelApp();
    check();
    const investissement = await screen.findByRole("region", { name: "Section d'investissement" });
    within(investissement).getByText(IMBALANCE);
    within(investissement).getByText("Référence : CGCT L1612-4, L1612-7");
    const balance = screen.getByRole("table", { name: /Équilibre des sections/ });
    within(balance).getByRole("rowheader", { name: "Investissement" });
    within(balance).getByRole("row", { name: /Investissement 60\s000,00\s€ 56\s000,00\s€ 4\s000,00\s€ Déficit/ });
    within(balance).getByText("Équilibrée");
    screen.getByText(/Vérification terminée : 1 erreur/);
    const marks = preview.snapshot().marks;
    expect(marks.map((m) => m.address)).toEqual(["I10", "I11", "I12", "I13", "I14"]);
    expect(marks[0]).toMatchObject({ sheet: "Budget", level: "error", message: expect.stringMatching(IMBALANCE) });
  });

  it("un clic sur l'anomalie sélectionne la cellule concernée", async () => {
    const { preview } = renderExcelApp();
    check();
    fireEvent.click(await screen.findByRole("button", { name: IMBALANCE }));
    await waitFor(() => expect(preview.snapshot().selected).toEqual({ sheet: "Budget", address: "I10" }));
  });

  it("une fois la feuille corrigée, la vérification suivante efface les marques", async () => {
    const { preview } = renderExcelApp();
    check();
    await screen.findByRole("button", { name: IMBALANCE });
    const fixed = SAMPLE_BUDGET.values.map((row) =>
      row[3] === "10222" ? row.map((v, i) => (i === 8 ? 10000 : v)) : row,
    );
    await act(() => preview.writeSheet({ ...SAMPLE_BUDGET, values: fixed }));
    const setMarks = jest.spyOn(preview, "setMarks");
    check();
    await screen.findByText(/Vérification terminée : 0 erreur/);
    expect(screen.queryByText(IMBALANCE)).toBeNull();
    expect(setMarks).toHaveBeenLastCalledWith([]);
  });

  it("une cellule illisible donne un message en français qui la nomme, sans planter", async () => {
    const broken = SAMPLE_BUDGET.values.map((row, r) =>
      r === 2 ? row.map((v, i) => (i === 8 ? "neuf mille" : v)) : row,
    );
    renderExcelApp([{ ...SAMPLE_BUDGET, values: broken }, SAMPLE_DOCUMENT_SHEET]);
    check();
    const alert = await screen.findByRole("alert");
    within(alert).getByText("Le budget n'a pas pu être lu");
    within(alert).getByText(/Feuille « Budget », cellule I3 : montant illisible « neuf mille »/);
  });

  it("une feuille absente est signalée par son nom", async () => {
    renderExcelApp([SAMPLE_BUDGET]);
    check();
    await screen.findByText("La feuille « Document » n'existe pas dans le classeur.");
  });
});
