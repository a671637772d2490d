import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { fakeData } from "../../testing/fake-data";
import { closeTeamsAppsAfterEach, renderTeamsApp } from "../../testing/render-teams-app";

closeTeamsAppsAfterEach();

const ELUS = ["Sophie Garnier", "Michel Rousseau", "Nadia Benali", "Paul Roy"];

const inSession = (
  points = [{ titre: "Budget primitif", seance: "1", numero: 1, nature: "deliberation" as const }],
  convened = true,
) =>
  fakeData({
    communes: [{ nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49" }],
    membres: [
      { nom: "Claire Moreau", role: "secretaire", commune: "1" },
      ...ELUS.map((nom) => ({ nom, role: "elu" as const, commune: "1" })),
    ],
    seances: [
      {
        titre: "Conseil municipal",
        commune: "1",
        date: "2026-12-05T18:00:00Z",
        ...(convened
          ? { statut: "convoquee" as const, convocationLe: "2026-11-30T11:00:00Z" }
          : { statut: "preparation" as const }),
      },
    ],
    points,
  });

/** The size of each request the store receives for the presences list. */
function countRequests(data: ReturnType<typeof inSession>): number[] {
  const requests: number[] = [];
  const writeMany = data.presences.writeMany.bind(data.presences);
  data.presences.writeMany = (ops) => {
    requests.push(ops.length);
    return writeMany(ops);
  };
  return requests;
}

beforeAll(() => {
  // jsdom lays nothing out: scrolling to a field is a no-op there.
  Element.prototype.scrollIntoView = () => undefined;
});

describe("la séance en direct", () => {
  it("« Tous présents » enregistre la présence de chaque élu en une seule requête, puis « Unanimité » en un clic", async () => {
    const data = inSession();
    const requests = countRequests(data);
    renderTeamsApp(data, "seance", "2026-12-05");
    fireEvent.click(await screen.findByRole("button", { name: "Tous présents (4)" }));
    await waitFor(() => expect(data.presences.all().filter((p) => p.presence === "present")).toHaveLength(4));
    expect(requests).toEqual([4]);

    fireEvent.click(await screen.findByRole("checkbox", { name: "Paul Roy", checked: true }));
    await waitFor(() => expect(data.presences.all().find((p) => p.titre === "Paul Roy")?.presence).toBe("absent"));
    const unanimity = await screen.findByRole("button", { name: "Unanimité au point 1 (3 pour)" });
    fireEvent.click(unanimity);
    await waitFor(() => expect(data.points.all()[0]).toMatchObject({ pour: 3, contre: 0, abstentions: 0 }));
  });

  it("les arrivées et départs rattachés à un point donnent son quorum ; qui ne prend pas part sort des votants", async () => {
    const data = inSession([
      { titre: "Budget primitif", seance: "1", numero: 1, nature: "deliberation" as const },
      { titre: "Vente d'un terrain", seance: "1", numero: 2, nature: "deliberation" as const },
    ]);
    const requests = countRequests(data);
    renderTeamsApp(data, "seance", "2026-12-05");
    fireEvent.click(await screen.findByRole("button", { name: "Tous présents (4)" }));
    for (const name of ["Paul Roy", "Nadia Benali"]) {
      fireEvent.click(await screen.findByRole("checkbox", { name, checked: true }));
      await screen.findByRole("checkbox", { name, checked: false });
    }
    // Two présents of four: the quorum (three) is not reached at point 1, proxies or not.
    const first = await screen.findByRole("region", { name: "Point 1. Budget primitif" });
    await within(first).findByText("Quorum non atteint");

    const second = screen.getByRole("region", { name: "Point 2. Vente d'un terrain" });
    fireEvent.change(within(second).getByLabelText("Arrivée avant le point 2"), {
      target: { value: idOf(data, "Nadia Benali") },
    });
    await within(second).findByText("Quorum atteint");
    expect(within(first).getByText("Quorum non atteint")).toBeTruthy();
    await within(second).findByRole("button", { name: "Unanimité au point 2 (3 pour)" });

    fireEvent.change(within(second).getByLabelText("Ne prend pas part au vote du point 2"), {
      target: { value: idOf(data, "Sophie Garnier") },
    });
    fireEvent.click(await within(second).findByRole("button", { name: "Unanimité au point 2 (2 pour)" }));
    await waitFor(() =>
      expect(data.points.all().find((p) => p.numero === 2)).toMatchObject({ pour: 2, contre: 0, abstentions: 0 }),
    );
    // Sophie Garnier stays in the room without taking part: only those who may deliberate count, the quorum is lost.
    await within(second).findByText("Quorum non atteint");
    expect(data.presences.all().find((p) => p.titre === "Nadia Benali")).toMatchObject({
      presence: "absent",
      mouvements: `arrivee ${data.points.all().find((p) => p.numero === 2)?.id ?? ""}`,
    });
    // « Tous présents », two absents, one arrival, one non-participant: five requests, one per action.
    expect(requests).toEqual([4, 1, 1, 1, 1]);
  });

  it("un élu part en donnant pouvoir à un présent, puis revient : présents, représentés et votants de chaque point", async () => {
    const data = inSession(
      [1, 2, 3].map((numero) => ({ titre: `Point ${numero}`, seance: "1", numero, nature: "deliberation" as const })),
    );
    renderTeamsApp(data, "seance", "2026-12-05");
    fireEvent.click(await screen.findByRole("button", { name: "Tous présents (4)" }));
    const region = (n: number) => screen.getByRole("region", { name: `Point ${n}. Point ${n}` });
    await within(region(2)).findByText(/^4 présents ; 0 représenté ; 4 votants/);

    fireEvent.change(within(region(2)).getByLabelText("Départ avant le point 2"), {
      target: { value: idOf(data, "Paul Roy") },
    });
    const pouvoir = await within(region(2)).findByLabelText("Pouvoir de Paul Roy au départ avant le point 2");
    // Only a colleague in the room may receive it: never the one leaving.
    const offered = within(pouvoir)
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(offered).toEqual(["Personne", "Sophie Garnier", "Michel Rousseau", "Nadia Benali"]);
    fireEvent.change(pouvoir, { target: { value: idOf(data, "Nadia Benali") } });
    await within(region(2)).findByText(/^3 présents ; 1 représenté ; 4 votants/);
    await within(region(2)).findByRole("button", { name: "Unanimité au point 2 (4 pour)" });

    fireEvent.change(within(region(3)).getByLabelText("Arrivée avant le point 3"), {
      target: { value: idOf(data, "Paul Roy") },
    });
    await within(region(3)).findByText(/^4 présents ; 0 représenté ; 4 votants/);
    expect(within(region(1)).getByText(/^4 présents ; 0 représenté ; 4 votants/)).toBeTruthy();
    const [p2, p3] = [2, 3].map((n) => data.points.all().find((p) => p.numero === n)?.id ?? "");
    expect(data.presences.all().find((p) => p.titre === "Paul Roy")).toMatchObject({
      presence: "present",
      mouvements: `depart ${p2} pouvoir ${idOf(data, "Nadia Benali")} ; arrivee ${p3}`,
    });
  });

  it("dit pourquoi un pouvoir ne vaut plus quand son mandataire sort à son tour", async () => {
    const data = inSession(
      [1, 2].map((numero) => ({ titre: `Point ${numero}`, seance: "1", numero, nature: "deliberation" as const })),
    );
    renderTeamsApp(data, "seance", "2026-12-05");
    fireEvent.click(await screen.findByRole("button", { name: "Tous présents (4)" }));
    const region = (n: number) => screen.getByRole("region", { name: `Point ${n}. Point ${n}` });
    await within(region(1)).findByText(/^4 présents/);
    fireEvent.change(within(region(1)).getByLabelText("Départ avant le point 1"), {
      target: { value: idOf(data, "Paul Roy") },
    });
    fireEvent.change(await within(region(1)).findByLabelText("Pouvoir de Paul Roy au départ avant le point 1"), {
      target: { value: idOf(data, "Nadia Benali") },
    });
    await within(region(1)).findByText(/1 représenté/);
    fireEvent.change(within(region(2)).getByLabelText("Départ avant le point 2"), {
      target: { value: idOf(data, "Nadia Benali") },
    });
    await within(region(2)).findByText(
      "Le pouvoir de Paul Roy ne vaut pas au point 2 : Nadia Benali, qui le détient, n'est pas en séance (article L2121-20 du CGCT).",
    );
    expect(within(region(2)).getByText(/^2 présents ; 0 représenté ; 2 votants/)).toBeTruthy();
  });

  it("le contrôle parle d'un ordre du jour vide, et son constat mène au champ concerné", async () => {
    renderTeamsApp(inSession([], false), "seance", "2026-11-20");
    const control = await screen.findByRole("region", { name: "Contrôle de la séance" });
    const finding = await within(control).findByRole("button", { name: /L'ordre du jour ne compte aucun point/ });
    fireEvent.click(finding);
    const agenda = screen.getByRole("region", { name: "Ordre du jour" });
    await waitFor(() => expect(agenda.contains(document.activeElement)).toBe(true));
    expect(document.activeElement?.tagName).toMatch(/INPUT|SELECT|TEXTAREA|BUTTON/);
  });
});

function idOf(data: ReturnType<typeof inSession>, nom: string): string {
  const id = data.membres.all().find((m) => m.nom === nom)?.id;
  if (!id) throw new Error(`${nom} n'est pas dans les données de test`);
  return id;
}
