import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TextDecoder } from "node:util";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { renderExcelApp } from "../../testing/render-excel-app";

// jsdom lacks the TextDecoder every browser has; the XML reader decodes with it.
(globalThis as { TextDecoder?: unknown }).TextDecoder ??= TextDecoder;

const SAMPLES = join(__dirname, "../../../../../shared/data/budgets");
const openTab = (name: string) =>
  fireEvent.click(within(screen.getByRole("tablist", { name: "Vues du volet" })).getByRole("tab", { name }));

/** A file as the input hands it to the pane (jsdom's File lacks arrayBuffer on older versions). */
function chooseFile(input: HTMLElement, name: string, bytes: Uint8Array) {
  const file = { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
  fireEvent.change(input, { target: { files: [file] } });
}

describe("Bâtir le budget dans Excel", () => {
  it("garde la recette 021 égale à la dépense 023 pendant la saisie, et le dit", async () => {
    const { preview } = renderExcelApp();
    openTab("Créer un budget");
    fireEvent.click(await screen.findByRole("switch", { name: "Garder 023/021 et 040/042 égaux pendant la saisie" }));
    await screen.findByText(/La contrepartie de chaque paire d'ordre suit le montant que vous tapez/);
    // Row 7 holds the 023 of the sample budget, row 12 its 021; column I the crédits votés.
    await act(() => preview.editCell("Budget", "I7", 35000));
    await waitFor(() =>
      expect(screen.getAllByRole("status").map((s) => s.textContent)).toContain(
        "Recette 021 (ligne 12) portée à 35\u202f000,00\u202f€.",
      ),
    );
    expect((await preview.readSheet("Budget")).values[11]?.[8]).toBe(35000);
  });

  it("ne touche à rien une fois l'interrupteur coupé", async () => {
    const { preview } = renderExcelApp();
    openTab("Créer un budget");
    const toggle = await screen.findByRole("switch", { name: "Garder 023/021 et 040/042 égaux pendant la saisie" });
    fireEvent.click(toggle);
    await screen.findByText(/suit le montant que vous tapez/);
    fireEvent.click(toggle);
    await act(() => preview.editCell("Budget", "I7", 31000));
    expect((await preview.readSheet("Budget")).values[11]?.[8]).toBe(30000);
  });

  it("prépare le BP 2022 de Crach depuis son CA 2021, avec l'affectation votée", async () => {
    const { preview } = renderExcelApp([]);
    openTab("Créer un budget");
    chooseFile(
      await screen.findByLabelText("Compte administratif ou CFU de l'exercice précédent (XML)"),
      "ca-2021.xml",
      new Uint8Array(readFileSync(join(SAMPLES, "04_crach_CA2021_principal/totem.xml"))),
    );
    await waitFor(() =>
      expect(document.body.textContent).toMatch(
        /Compte 2021 : résultat de fonctionnement 1\u202f511\u202f404,25\u202f€/,
      ),
    );
    const field = screen.getByRole("textbox", { name: "Affectation au 1068 votée par le conseil" });
    fireEvent.change(field, { target: { value: "1 000" } });
    // The matcher normalises the page's narrow no-break spaces to plain ones.
    await screen.findByText(/Au moins 78 927,44 € : le besoin de financement/);
    expect(screen.getByRole("button", { name: "Créer le budget primitif 2022" })).toHaveProperty("disabled", true);
    fireEvent.change(field, { target: { value: "1 111 404,25" } });
    fireEvent.click(screen.getByRole("button", { name: "Créer le budget primitif 2022" }));
    await screen.findByText(/Budget primitif 2022 créé avec la reprise du compte 2021/);
    const rows = (await preview.readSheet("Budget")).values;
    const credit = (nature: string, sens: string) => rows.find((r) => r[3] === nature && r[1] === sens)?.[8];
    expect([credit("001", "R"), credit("1068", "R"), credit("002", "R")]).toEqual([182736.54, 1111404.25, 400000]);
    expect((await preview.readSheet("Document")).values).toContainEqual(["Exercice", 2022]);
  });

  it("refuse un fichier qui n'est pas un compte, en français", async () => {
    renderExcelApp([]);
    openTab("Créer un budget");
    chooseFile(
      await screen.findByLabelText("Compte administratif ou CFU de l'exercice précédent (XML)"),
      "bp.xml",
      new Uint8Array(readFileSync(join(SAMPLES, "01_crach_BP2022_principal/totem.xml"))),
    );
    await screen.findByText(/bp.xml : ce fichier est un BP, pas un compte administratif/);
  });

  it("montre le budget par chapitre, comme le conseil le vote", async () => {
    renderExcelApp();
    openTab("Vote par chapitre");
    fireEvent.click(await screen.findByRole("button", { name: "Afficher le budget par chapitre" }));
    const table = await screen.findByRole("table", { name: "Dépenses de fonctionnement" });
    const rows = within(table)
      .getAllByRole("row")
      .map((r) => r.textContent);
    expect(rows[1]).toMatch(/^011.*21\u202f000,00\u202f€$/);
    expect(rows.at(-1)).toBe("Total175\u202f000,00\u202f€");
    screen.getByRole("table", { name: "Recettes d'investissement" });
  });
});
