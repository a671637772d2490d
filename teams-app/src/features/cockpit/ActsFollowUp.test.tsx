import { TextDecoder, TextEncoder } from "node:util";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { LibraryFiles } from "@shared/data/drive/documents-port";
import { closeTeamsAppsAfterEach, renderTeamsApp } from "../../testing/render-teams-app";
import { deliberation, secretariat } from "./cockpit.test-support";

// jsdom lacks them; the publication page is encoded with them, as in a browser.
Object.assign(globalThis, { TextEncoder, TextDecoder });

closeTeamsAppsAfterEach();

describe("suivi des actes après le vote, dans le cockpit", () => {
  it("montre le statut (transmis, AR reçu, publié, exécutoire) et les délais ouverts avec leur référence", async () => {
    const data = secretariat("affichage", [
      deliberation("2026_031", "2026-10-02T17:00:00Z", {
        objet: "Tarifs de la cantine",
        transmisLe: "2026-10-05T10:00:00Z",
        arLe: "2026-10-05T10:05:00Z",
        publieLe: "2026-10-06T10:00:00Z",
      }),
      deliberation("2026_032", "2026-11-02T17:00:00Z", { objet: "Adhésion au service commun" }),
    ]);
    renderTeamsApp(data, "cockpit", "2026-11-20");
    const list = await screen.findByRole("list", { name: "Actes après le vote" });
    const done = within(list)
      .getByText(/n° 2026_031/)
      .closest("li") as HTMLElement;
    expect(within(done).getByText("Exécutoire")).toBeTruthy();
    expect(within(done).getByText(/AR reçu le 05\/10\/2026, publié le 06\/10\/2026/)).toBeTruthy();
    expect(within(done).getByText(/Déféré préfectoral .* jusqu'au 07\/12\/2026/)).toBeTruthy();
    expect(within(done).getByText(/CGCT L2131-6/)).toBeTruthy();
    const pending = within(list)
      .getByText(/n° 2026_032/)
      .closest("li") as HTMLElement;
    expect(within(pending).getByText("Pas exécutoire")).toBeTruthy();
    expect(within(pending).getByText(/pas encore publié : à afficher en mairie/)).toBeTruthy();
    const steps = within(pending).getByRole("list", { name: "Publication" });
    expect(within(steps).getByText("Afficher l'acte en mairie, à un emplacement accessible au public")).toBeTruthy();
    expect(within(steps).getByText(/Retirer l'acte de l'affichage/)).toBeTruthy();
    expect(within(done).getByText(/à garder jusqu'au 06\/12\/2026 au moins/)).toBeTruthy();
    expect(
      within(done).getByText(
        "Registre des actes : « Acte rendu exécutoire après transmission le 05/10/2026 et publication le 06/10/2026 ».",
      ),
    ).toBeTruthy();
  });

  it("électronique : la raison dit de mettre en ligne", async () => {
    const data = secretariat("electronique", [deliberation("2026_033", "2026-11-02T17:00:00Z")]);
    renderTeamsApp(data, "cockpit", "2026-11-20");
    const list = await screen.findByRole("list", { name: "Actes après le vote" });
    expect(within(list).getByText(/à mettre en ligne sur le site de la commune/)).toBeTruthy();
    const steps = within(list).getByRole("list", { name: "Publication" });
    expect(within(steps).getByText(/Mettre en ligne la page de publication/)).toBeTruthy();
    expect(within(steps).queryByText(/affichage/)).toBeNull();
  });
});

describe("accusé de réception saisi dans le suivi des actes", () => {
  it("enregistre l'identifiant et la date de l'AR dans la fiche : l'acte devient exécutoire", async () => {
    const data = secretariat("electronique", [
      deliberation("2026_034", "2026-11-02T17:00:00Z", {
        transmisLe: "2026-11-03T10:00:00Z",
        publieLe: "2026-11-04T10:00:00Z",
      }),
    ]);
    renderTeamsApp(data, "cockpit", "2026-11-20");
    const form = await screen.findByRole("form", { name: "Accusé de réception" });
    const save = within(form).getByRole("button", { name: "Enregistrer l'accusé de réception" });
    expect(save.hasAttribute("disabled")).toBe(true);
    fireEvent.change(within(form).getByLabelText("Identifiant de l'accusé de réception"), {
      target: { value: "049-214900017-20261103-2026_034-DE" },
    });
    fireEvent.change(within(form).getByLabelText("Reçu le"), { target: { value: "2026-11-02" } });
    expect(within(form).getByText(/ne peut précéder la transmission du 03\/11\/2026/)).toBeTruthy();
    fireEvent.change(within(form).getByLabelText("Reçu le"), { target: { value: "2026-11-03" } });
    fireEvent.click(save);
    await waitFor(() =>
      expect(data.actes.all()[0]).toMatchObject({
        arId: "049-214900017-20261103-2026_034-DE",
        arLe: expect.stringMatching(/^2026-11-03T/) as unknown,
      }),
    );
    const list = await screen.findByRole("list", { name: "Actes après le vote" });
    await within(list).findByText("Exécutoire");
  });
});

describe("retrait de l'affichage", () => {
  it("refuse un retrait avant deux mois, enregistre celui qui les respecte", async () => {
    const data = secretariat("affichage", [
      deliberation("2026_035", "2026-09-02T17:00:00Z", {
        transmisLe: "2026-09-03T10:00:00Z",
        arLe: "2026-09-03T10:00:00Z",
        publieLe: "2026-09-04T10:00:00Z",
      }),
    ]);
    renderTeamsApp(data, "cockpit", "2026-11-20");
    const form = await screen.findByRole("form", { name: "Retrait de l'affichage" });
    fireEvent.change(within(form).getByLabelText("Retiré de l'affichage le"), { target: { value: "2026-11-03" } });
    expect(within(form).getByText(/reste affiché jusqu'au 04\/11\/2026 au moins/)).toBeTruthy();
    fireEvent.change(within(form).getByLabelText("Retiré de l'affichage le"), { target: { value: "2026-11-05" } });
    fireEvent.click(within(form).getByRole("button", { name: "Enregistrer le retrait" }));
    await waitFor(() => expect(data.actes.all()[0]?.publicationRetireeLe).toMatch(/^2026-11-05T/));
  });
});

describe("publication électronique depuis le cockpit", () => {
  const electronique = (documentActe?: string) =>
    secretariat("electronique", [
      deliberation("2026_036", "2026-11-02T17:00:00Z", {
        objet: "Tarifs <script>alert(1)</script>",
        ...(documentActe ? { documentActe } : {}),
      }),
    ]);

  it("« Publier en ligne » range la page dans « Publications » et note la date et l'adresse sur la fiche", async () => {
    const data = electronique("https://contoso.sharepoint.com/sites/mairie/Documents/acte.pdf");
    const uploads: { folder: readonly string[]; name: string; page: string }[] = [];
    const publications: LibraryFiles = {
      uploadTo: (folder, name, bytes) => {
        uploads.push({ folder, name, page: new TextDecoder().decode(bytes) });
        return Promise.resolve({
          id: "p1",
          name,
          eTag: '"e1"',
          cTag: '"c1"',
          webUrl: `https://contoso.sharepoint.com/sites/mairie/Publications/${folder.join("/")}/${name}`,
          size: bytes.length,
          lastModified: "2026-11-20T10:00:00Z",
          columns: {},
        });
      },
      downloadFrom: () => Promise.resolve(undefined),
    };
    renderTeamsApp(data, "cockpit", "2026-11-20", { publications });
    const list = await screen.findByRole("list", { name: "Actes après le vote" });
    fireEvent.click(within(list).getByRole("button", { name: "Publier en ligne" }));
    await waitFor(() =>
      expect(data.actes.all()[0]).toMatchObject({
        publieLe: expect.stringMatching(/^2026-11-20T/) as unknown,
        pagePublication: "https://contoso.sharepoint.com/sites/mairie/Publications/Commune 1/acte-1.html",
      }),
    );
    const [upload] = uploads;
    expect(upload?.folder).toEqual(["Commune 1"]);
    expect(upload?.page).toContain("Mis en ligne le 20/11/2026, en ligne au moins jusqu'au 20/01/2027.");
    expect(upload?.page).toContain('<a href="https://contoso.sharepoint.com/sites/mairie/Documents/acte.pdf">');
    expect(upload?.page).toContain("Tarifs &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(upload?.page).not.toContain("<script>");
    // Online now: the cockpit says until when it stays, and offers no second publication.
    await within(list).findByText(/à garder jusqu'au 20\/01\/2027 au moins/);
    expect(within(list).queryByRole("button", { name: "Publier en ligne" })).toBeNull();
  });

  it("un envoi refusé laisse l'acte non publié et le dit en français", async () => {
    const data = electronique();
    const publications: LibraryFiles = {
      uploadTo: () => Promise.reject(new Error("Vous n'avez pas le droit de faire cette opération.")),
      downloadFrom: () => Promise.resolve(undefined),
    };
    renderTeamsApp(data, "cockpit", "2026-11-20", { publications });
    const list = await screen.findByRole("list", { name: "Actes après le vote" });
    fireEvent.click(within(list).getByRole("button", { name: "Publier en ligne" }));
    await within(list).findByText(/La page de publication n'a pas pu être mise en ligne : Vous n'avez pas le droit/);
    expect(data.actes.all()[0]?.publieLe).toBeUndefined();
  });
});
