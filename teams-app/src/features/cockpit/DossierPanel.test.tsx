import { TextDecoder, TextEncoder } from "node:util";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { memoryLibrary } from "@shared/data/drive/memory-library.test-support";
import { closeTeamsApps, closeTeamsAppsAfterEach, renderTeamsApp } from "../../testing/render-teams-app";
import { deliberation, secretariat } from "./cockpit.test-support";

// jsdom lacks them; the nomenclature file is decoded with them, as in a browser.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const created: Blob[] = [];
beforeAll(() => {
  // jsdom has no object URLs nor downloads: the test keeps the zip handed to the browser.
  URL.createObjectURL = (blob: Blob) => (created.push(blob), "blob:dossier");
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = () => undefined;
});
closeTeamsAppsAfterEach();

const pdf = (name: string) => new File([`%PDF-1.7\n${name}\n%%EOF\n`], name, { type: "application/pdf" });

describe("du point adopté au dossier de télétransmission, depuis le cockpit", () => {
  it("nomme chaque défaut de l'enveloppe, puis donne le zip et complète la fiche de l'acte", async () => {
    const data = secretariat("affichage", [
      deliberation("2026-031", "2026-11-02T17:00:00Z", { objet: "Tarifs de la cantine" }),
      deliberation("2026_030", "2026-10-02T17:00:00Z", { objet: "Autre" }),
    ]);
    renderTeamsApp(data, "cockpit", "2026-11-20");
    const list = await screen.findByRole("list", { name: "Actes après le vote" });
    const item = within(list)
      .getByText(/n° 2026-031/)
      .closest("li") as HTMLElement;
    // 1. Préparer.
    fireEvent.click(within(item).getByRole("button", { name: "Préparer la télétransmission" }));
    const panel = await within(item).findByRole("group", { name: "Dossier de télétransmission" });
    const defects = within(panel).getByRole("list", { name: "Défauts de l'enveloppe" });
    for (const rule of ["TDT-NUMERO", "TDT-CLASSIFICATION", "TDT-PDF"]) within(defects).getByText(rule);
    const download = within(panel).getByRole("button", { name: "Télécharger le dossier (.zip)" });
    expect(download.hasAttribute("disabled")).toBe(true);
    // Sans bibliothèque ni conversion dans ce rendu : la page le dit, en français.
    fireEvent.click(within(panel).getByRole("button", { name: "Convertir l'acte de la bibliothèque en PDF" }));
    await within(panel).findByText(/joignez le PDF signé/);
    fireEvent.change(within(panel).getByLabelText("Numéro (@CTES)"), { target: { value: "2026_030" } });
    await within(defects).findByText("TDT-NUMERO-UNIQUE");
    fireEvent.change(within(panel).getByLabelText("Numéro (@CTES)"), { target: { value: "2026_031" } });
    fireEvent.change(within(panel).getByLabelText("Classification"), { target: { value: "7.10" } });
    // 2. Joindre l'acte signé.
    fireEvent.change(within(panel).getByLabelText("Ou l'acte signé (PDF)"), { target: { files: [pdf("acte.pdf")] } });
    await within(panel).findByText("Enveloppe complète.");
    // 3. Télécharger.
    await waitFor(() => expect(download.hasAttribute("disabled")).toBe(false));
    fireEvent.click(download);
    await within(panel).findByText(/Dossier « dossier-2026_031\.zip » prêt/);
    expect(created).toHaveLength(1);
    await waitFor(() =>
      expect(data.actes.all().find((a) => a.objet === "Tarifs de la cantine")).toMatchObject({
        numero: "2026_031",
        classification: "7.10",
        natureActes: "1",
      }),
    );
  });
});

describe("nomenclature de classification de la commune, importée dans le dossier", () => {
  const json = (value: unknown, name = "classification.json") =>
    new File([JSON.stringify(value)], name, { type: "application/json" });
  const prefecture = {
    version: "Préfecture 2026",
    matieres: [
      {
        code: "9",
        libelle: "Autres domaines",
        sousMatieres: [{ code: "9.2", libelle: "Compétences propres à la commune" }],
      },
    ],
  };

  it("refuse un fichier invalide en français, enregistre celui de la préfecture, et TDT-CLASSIFICATION le suit", async () => {
    const data = secretariat("affichage", [deliberation("2026_040", "2026-11-02T17:00:00Z", { objet: "Vœu" })]);
    const publications = memoryLibrary();
    const open = async () => {
      const list = await screen.findByRole("list", { name: "Actes après le vote" });
      fireEvent.click(within(list).getByRole("button", { name: "Préparer la télétransmission" }));
      return within(list).findByRole("group", { name: "Dossier de télétransmission" });
    };
    renderTeamsApp(data, "cockpit", "2026-11-20", { publications });
    let panel = await open();
    within(panel).getByText("Nomenclature : table nationale de base.");
    expect(within(panel).queryByRole("option", { name: /^9\.2 / })).toBeNull();
    const input = () => within(panel).getByLabelText("Nomenclature de la préfecture (JSON)");
    fireEvent.change(input(), { target: { files: [new File(["matière;sous-matière"], "c.csv")] } });
    await within(panel).findByText(/ce n'est pas du JSON/);
    fireEvent.change(input(), { target: { files: [json({ version: "x", matieres: [] })] } });
    await within(panel).findByText(/^Classification illisible/);
    expect(publications.files.size).toBe(0);
    fireEvent.change(input(), { target: { files: [json(prefecture)] } });
    await within(panel).findByText("Nomenclature « Préfecture 2026 » enregistrée pour la commune : 1 sous-matière(s).");
    expect([...publications.files.keys()]).toEqual(["Commune 1/classification.json"]);
    const defects = within(panel).getByRole("list", { name: "Défauts de l'enveloppe" });
    // 9.2 is this prefecture's, not the national base table's: accepted only because the commune's table is used.
    fireEvent.change(within(panel).getByLabelText("Classification"), { target: { value: "9.2" } });
    await waitFor(() => expect(within(defects).queryByText("TDT-CLASSIFICATION")).toBeNull());
    expect(within(panel).queryByRole("option", { name: /^7\.10 / })).toBeNull();
    // Reopened later: the commune's table is read back from the library.
    closeTeamsApps();
    renderTeamsApp(data, "cockpit", "2026-11-20", { publications });
    panel = await open();
    await within(panel).findByText("Nomenclature de la commune : Préfecture 2026.");
  });
});
