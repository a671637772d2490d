import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { DraftIn } from "../../app/data/ports";
import { fakeData } from "../../testing/fake-data";
import { closeTeamsAppsAfterEach, renderTeamsApp } from "../../testing/render-teams-app";

const TODAY = "2026-11-20";

/** One secretary serving two communes, an élu of the first, and a séance already convened in the first. */
const seeded = (seance: Partial<DraftIn<"seances">> = {}) =>
  fakeData({
    communes: [
      { nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49" },
      { nom: "Les Essarts-le-Bas", population: 1210, departement: "49" },
    ],
    membres: [
      { nom: "Claire Moreau", role: "secretaire", commune: "1", email: "secretariat@a.example" },
      { nom: "Claire Moreau", role: "secretaire", commune: "2", email: "secretariat@a.example" },
      { nom: "Sophie Garnier", role: "elu", commune: "1", email: "sophie@a.example" },
    ],
    seances: [
      {
        titre: "Conseil municipal",
        commune: "1",
        date: "2026-12-05T18:00:00Z",
        statut: "preparation",
        lieu: "Mairie",
        ...seance,
      },
    ],
  });

closeTeamsAppsAfterEach();

const open = (data: ReturnType<typeof seeded>) => {
  renderTeamsApp(data, "seance", TODAY);
};
const input = (scope: HTMLElement, label: string | RegExp) => within(scope).getByLabelText(label) as HTMLInputElement;

describe("créer une séance", () => {
  it("propose les deux communes servies et les valeurs par défaut, refuse une date passée, crée la séance en préparation et l'affiche", async () => {
    const data = seeded();
    open(data);
    fireEvent.click(await screen.findByRole("button", { name: "Nouvelle séance" }));
    const form = screen.getByRole("region", { name: "Nouvelle séance" });
    const commune = within(form).getByLabelText(/^Commune/) as HTMLSelectElement;
    expect([...commune.options].map((o) => o.textContent)).toEqual(["Les Essarts-le-Bas", "Saint-Aubin-sur-Loire"]);
    expect(input(form, /^Intitulé/).value).toBe("Conseil municipal");
    expect(input(form, "Lieu de la séance").value).toBe("Salle du conseil, mairie");
    const create = within(form).getByRole("button", { name: "Créer la séance" });
    expect(create).toHaveProperty("disabled", true);

    fireEvent.change(input(form, /^Date de la séance/), { target: { value: "2026-11-19" } });
    expect(within(form).getByText("Le 19/11/2026 est passé : choisissez une date à venir.")).toBeTruthy();
    expect(create).toHaveProperty("disabled", true);
    expect(within(form).queryByText(/Convocation à envoyer au plus tard/)).toBeNull();

    fireEvent.change(input(form, /^Date de la séance/), { target: { value: "2026-12-15" } });
    fireEvent.change(input(form, /^Heure/), { target: { value: "19:30" } });
    expect(
      within(form).getByText("Convocation à envoyer au plus tard le 11/12/2026 (3 jours francs, CGCT L2121-11)."),
    ).toBeTruthy();
    expect(within(form).queryByText(/est passé/)).toBeNull();
    fireEvent.click(create);

    await waitFor(() => expect(data.seances.all()).toHaveLength(2));
    const created = data.seances.all()[1];
    expect(created).toMatchObject({
      titre: "Conseil municipal",
      commune: "2",
      date: "2026-12-15T18:30:00Z",
      lieu: "Salle du conseil, mairie",
      statut: "preparation",
      clientId: expect.any(String),
    });
    await waitFor(() => expect((screen.getByLabelText("Séance") as HTMLSelectElement).value).toBe(created?.id));
    expect(screen.queryByRole("region", { name: "Nouvelle séance" })).toBeNull();
    await waitFor(() =>
      expect(input(screen.getByRole("region", { name: "Date, heure et lieu" }), /^Date de la séance/).value).toBe(
        "2026-12-15",
      ),
    );
  });

  it("réseau coupé : la séance créée attend dans les saisies en attente et n'est enregistrée qu'une fois au retour", async () => {
    const data = seeded();
    open(data);
    fireEvent.click(await screen.findByRole("button", { name: "Nouvelle séance" }));
    const form = screen.getByRole("region", { name: "Nouvelle séance" });
    fireEvent.change(input(form, /^Date de la séance/), { target: { value: "2026-12-15" } });
    data.seances.offline = true;
    fireEvent.click(within(form).getByRole("button", { name: "Créer la séance" }));
    await screen.findByText("1 modification en attente d'envoi");
    const typed = within(screen.getByRole("list", { name: "Saisies en attente d'envoi" })).getByText(
      /Lieu : Salle du conseil, mairie/,
    );
    // The date reads as the secretary typed it, at Paris time, not as the UTC instant stored.
    expect(typed.textContent).toContain("Date de la séance : 15/12/2026 à 20:00");
    expect(screen.queryByRole("region", { name: "Nouvelle séance" })).toBeNull();
    data.seances.offline = false;
    await waitFor(() => expect(data.seances.all().filter((s) => s.date === "2026-12-15T19:00:00Z")).toHaveLength(1));
    await waitFor(() => expect(screen.queryByText(/en attente d'envoi/)).toBeNull());
  });
});

describe("modifier la date, l'heure et le lieu", () => {
  it("prévient que la convocation est à renvoyer, passe par le conflit du writer, puis le contrôle signale la convocation tardive", async () => {
    const data = seeded({
      statut: "convoquee",
      convocationLe: "2026-11-28T11:00:00Z",
      modeConvocation: "dematerialisee",
    });
    open(data);
    const section = await screen.findByRole("region", { name: "Date, heure et lieu" });
    expect(input(section, /^Date de la séance/).value).toBe("2026-12-05");
    expect(input(section, /^Heure/).value).toBe("19:00");
    expect(within(section).queryByText(/devra être envoyée à nouveau/)).toBeNull();

    fireEvent.change(input(section, /^Date de la séance/), { target: { value: "2026-12-01" } });
    within(section).getByText(
      /La convocation a déjà été envoyée le 28\/11\/2026 : après ce changement, elle devra être envoyée à nouveau .* l'invitation Outlook des élus sera mise à jour à ce renvoi/,
    );
    within(section).getByText("Convocation à envoyer au plus tard le 27/11/2026 (3 jours francs, CGCT L2121-11).");
    data.seances.editElsewhere("1", { lieu: "Salle des fêtes" });
    fireEvent.click(within(section).getByRole("button", { name: "Enregistrer la date et le lieu" }));

    await screen.findByText("Modifié par quelqu'un d'autre");
    expect(data.seances.all()[0]).toMatchObject({
      date: "2026-12-05T18:00:00Z",
      lieu: "Salle des fêtes",
      statut: "convoquee",
    });
    fireEvent.click(screen.getByRole("button", { name: "Écraser après relecture" }));
    await waitFor(() =>
      expect(data.seances.all()[0]).toMatchObject({
        date: "2026-12-01T18:00:00Z",
        statut: "preparation",
        convocationLe: "2026-11-28T11:00:00Z",
      }),
    );

    const control = screen.getByRole("region", { name: "Contrôle de la séance" });
    await within(control).findByText(
      /Convocation envoyée le 28\/11\/2026 pour la séance du 01\/12\/2026 : 2 jours francs, 3 requis/,
    );
    const convocation = screen.getByRole("region", { name: "Convocation" });
    within(convocation).getByText(
      /La convocation envoyée le 28\/11\/2026 annonçait une autre date, heure ou un autre lieu : renvoyez-la/,
    );
    expect(within(convocation).queryByText(/^Convocation envoyée le/)).toBeNull();
    within(convocation).getByRole("button", { name: "Renvoyer la convocation" });
  });

  it("un élu ne voit ni « Nouvelle séance » ni la modification de la date et du lieu", async () => {
    const data = seeded();
    open(data);
    await screen.findByRole("button", { name: "Nouvelle séance" });
    fireEvent.change(screen.getByLabelText("Voir comme"), { target: { value: "3" } });
    await screen.findByRole("table", { name: "Ordre du jour" });
    expect(screen.queryByRole("button", { name: "Nouvelle séance" })).toBeNull();
    expect(screen.queryByRole("region", { name: "Date, heure et lieu" })).toBeNull();
    expect(screen.queryByLabelText(/^Date de la séance/)).toBeNull();
    expect(screen.queryByRole("button", { name: "Enregistrer la date et le lieu" })).toBeNull();
  });
});
