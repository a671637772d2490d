import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { fakeData } from "../../testing/fake-data";
import { renderTeamsApp } from "../../testing/render-teams-app";

let stop: () => void = () => undefined;
afterEach(() => {
  cleanup();
  stop();
});

const ELUS = ["Sophie Garnier", "Michel Rousseau", "Nadia Benali", "Paul Roy"];

const inSession = () =>
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
        statut: "convoquee" as const,
        convocationLe: "2026-11-30T11:00:00Z",
      },
    ],
    points: [{ titre: "Budget primitif", seance: "1", numero: 1, nature: "deliberation" as const }],
  });

describe("la séance en direct", () => {
  it("« Tous présents » enregistre la présence de chaque élu en une seule requête, puis « Unanimité » en un clic", async () => {
    const data = inSession();
    // The size of each request the store receives for the presences list.
    const requests: number[] = [];
    const writeMany = data.presences.writeMany.bind(data.presences);
    data.presences.writeMany = (ops) => {
      requests.push(ops.length);
      return writeMany(ops);
    };
    stop = renderTeamsApp(data, "seance", "2026-12-05").stop;
    fireEvent.click(await screen.findByRole("button", { name: "Tous présents (4)" }));
    await waitFor(() => expect(data.presences.all().filter((p) => p.presence === "present")).toHaveLength(4));
    expect(requests).toEqual([4]);

    fireEvent.click(await screen.findByRole("checkbox", { name: "Paul Roy", checked: true }));
    await waitFor(() => expect(data.presences.all().find((p) => p.titre === "Paul Roy")?.presence).toBe("absent"));
    const unanimity = await screen.findByRole("button", { name: "Unanimité au point 1 (3 pour)" });
    fireEvent.click(unanimity);
    await waitFor(() => expect(data.points.all()[0]).toMatchObject({ pour: 3, contre: 0, abstentions: 0 }));
  });
});
