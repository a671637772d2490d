import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { LocalTokenProvider } from "@shared/data/auth/local-token-provider";
import { createGraphClient } from "@shared/data/graph/create-graph-client";
import { createRepositories } from "@shared/data/graph/repositories";
import { addDays } from "@shared/domain/common";
import { systemClock } from "@shared/ports/clock";
import { parisToUtc } from "@teams-app/src/common/paris-time";
import type { LocalStore } from "../../local-store";
import { seriousViolations } from "../support/axe";
import { ARTIFACTS, startStoreBrowser } from "../support/store-browser";
import type { StoreBrowser } from "../support/store-browser";

/** Eight délibérations and one information, put on the agenda before the séance (not part of the recording). */
const AGENDA = [
  "Approbation du procès-verbal",
  "Budget supplémentaire",
  "Tarifs de la cantine",
  "Vente d'une parcelle communale",
  "Subvention au comité des fêtes",
  "Convention avec la communauté de communes",
  "Création d'un emploi saisonnier",
  "Dénomination d'une rue",
];
const INFORMATION = "Compte rendu des décisions prises par délégation";
const LATE = ["Olivier Chupin", "Patrick Blanchard"];
const REPRESENTED = "Nadia Benali";
const HOLDER = "Sophie Garnier";
const INTERESTED = "Claire Dubois";
/** Leaves before point 6 handing a written pouvoir to a colleague, comes back before point 8. */
const LEAVER = "Michel Rousseau";
const LEAVER_HOLDER = "Bernard Lefort";

describe("une séance de 15 élus enregistrée en moins de 40 clics", () => {
  let env: StoreBrowser;
  let store: LocalStore;
  let page: Page;
  let errors: string[];
  let seanceId = "";
  /** Every click the journey makes; a choice in a drop-down list counts two (open it, pick the option). */
  let clicks = 0;

  const repos = () =>
    createRepositories(
      createGraphClient({ baseUrl: store.graphBaseUrl, tokenProvider: new LocalTokenProvider(store.tokens.admin()) }),
      store.siteId,
    );
  const click = async (target: Locator) => {
    clicks += 1;
    await target.click();
  };
  const choose = async (select: Locator, label: string) => {
    clicks += 2;
    await select.selectOption({ label });
  };
  const point = (numero: number) =>
    page.getByRole("region", {
      name: `Point ${numero}. ${numero <= AGENDA.length ? AGENDA[numero - 1] : INFORMATION}`,
    });

  beforeAll(async () => {
    env = await startStoreBrowser("live-seance-e2e");
    ({ store, page, errors } = env);
    const today = systemClock.today();
    const [created] = await repos().seances.writeMany([
      {
        kind: "create",
        clientId: "e2e:seance-en-direct",
        draft: {
          titre: "Conseil municipal",
          commune: "1",
          date: parisToUtc(today, "18:00"),
          lieu: "Salle du conseil, mairie",
          statut: "convoquee",
          convocationLe: parisToUtc(addDays(today, -5), "10:00"),
          modeConvocation: "dematerialisee",
        },
      },
    ]);
    if (!created?.ok || !created.record) throw new Error("La séance de l'essai n'a pas été créée.");
    seanceId = created.record.id;
    await repos().points.writeMany(
      [...AGENDA, INFORMATION].map((titre, i) => ({
        kind: "create" as const,
        clientId: `e2e:point-${i + 1}`,
        draft: {
          titre,
          seance: seanceId,
          numero: i + 1,
          nature: i < AGENDA.length ? ("deliberation" as const) : ("information" as const),
        },
      })),
    );
  });
  afterAll(() => env?.close());

  it("présence, deux arrivées, un départ avec pouvoir puis retour, un non-participant, huit votes, justes après rechargement", async () => {
    await page.goto(`${env.url}/teams.html`);
    await click(page.getByRole("tab", { name: "Séances" }));
    await page
      .getByLabel("Séance", { exact: true })
      .locator(`option:checked[value="${seanceId}"]`)
      .waitFor({ state: "attached" });

    // Opening: everybody, then the three absents: two will come later, one gave a proxy.
    await click(page.getByRole("button", { name: "Tous présents (15)" }));
    for (const name of [...LATE, REPRESENTED]) {
      await click(page.getByRole("checkbox", { name, checked: true }));
      await page.getByRole("checkbox", { name, checked: false }).waitFor();
    }
    await choose(page.getByLabel(`Procuration de ${REPRESENTED}`), HOLDER);
    await page
      .getByLabel(`Procuration de ${REPRESENTED}`)
      .locator("option:checked", { hasText: HOLDER })
      .waitFor({ state: "attached" });
    await choose(page.getByLabel("Secrétaire de séance"), HOLDER);
    await page.getByLabel("Secrétaire de séance").locator("option:checked", { hasText: HOLDER }).waitFor({
      state: "attached",
    });

    // In the room: one late élu before point 3, another before point 5; the maire does not take part in point 4.
    await choose(point(3).getByLabel("Arrivée avant le point 3"), LATE[0] ?? "");
    await point(3)
      .getByRole("button", { name: `Arrivée de ${LATE[0] ?? ""} — annuler` })
      .waitFor();
    await choose(point(5).getByLabel("Arrivée avant le point 5"), LATE[1] ?? "");
    await point(5)
      .getByRole("button", { name: `Arrivée de ${LATE[1] ?? ""} — annuler` })
      .waitFor();
    await choose(point(4).getByLabel("Ne prend pas part au vote du point 4"), INTERESTED);
    await point(4)
      .getByRole("button", { name: `${INTERESTED} ne prend pas part — annuler` })
      .waitFor();

    // One élu leaves before point 6 with a pouvoir, and comes back before point 8.
    await choose(point(6).getByLabel("Départ avant le point 6"), LEAVER);
    const pouvoir = point(6).getByLabel(`Pouvoir de ${LEAVER} au départ avant le point 6`);
    await choose(pouvoir, LEAVER_HOLDER);
    await pouvoir.locator("option:checked", { hasText: LEAVER_HOLDER }).waitFor({ state: "attached" });
    await choose(point(8).getByLabel("Arrivée avant le point 8"), LEAVER);
    await point(8)
      .getByRole("button", { name: `Arrivée de ${LEAVER} — annuler` })
      .waitFor();
    for (const [numero, counts] of [
      [5, /^14\s+présents ; 1\s+représenté ; 15\s+votants/],
      [6, /^13\s+présents ; 2\s+représentés ; 15\s+votants/],
      [7, /^13\s+présents ; 2\s+représentés ; 15\s+votants/],
      [8, /^14\s+présents ; 1\s+représenté ; 15\s+votants/],
    ] as const)
      await point(numero).getByText(counts).waitFor();

    // 12 présents + 1 proxy; 13 + 1 after the first arrival; the maire out at point 4; all 15 from point 5, present
    // or represented, the leaver's pouvoir included.
    const votants = [13, 13, 14, 13, 15, 15, 15, 15];
    for (const [i, n] of votants.entries()) {
      if (i === 1) continue;
      await click(point(i + 1).getByRole("button", { name: `Unanimité au point ${i + 1} (${n} pour)` }));
    }
    // Point 2 is not unanimous: 10 pour, 2 contre, 1 abstention.
    const split = { pour: 10, contre: 2, abstentions: 1 };
    for (const [name, value] of [
      ["Pour", split.pour],
      ["Contre", split.contre],
      ["Abstentions", split.abstentions],
    ] as const) {
      const field = page.getByLabel(`${name} — 2. ${AGENDA[1] ?? ""}`);
      await click(field);
      await field.fill(String(value));
    }
    await click(page.getByRole("button", { name: "Enregistrer le vote du point 2" }));
    await page.getByRole("button", { name: "Enregistrer le vote du point 2", disabled: true }).waitFor();

    // Fifteen élus, a proxy, a secretary, two arrivals, a non-participant, a departure with a pouvoir and a return,
    // and eight votes: 32 clicks as written.
    expect(clicks).toBe(32);
    expect(clicks).toBeLessThan(40);
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "teams-seance-en-direct.png"), fullPage: true });

    // The checker stays beside the form while the secretary is at the last points.
    await point(8).scrollIntoViewIfNeeded();
    const checker = await page.getByRole("region", { name: "Contrôle de la séance" }).boundingBox();
    expect(checker?.y).toBeGreaterThanOrEqual(0);
    expect(checker?.y).toBeLessThan(page.viewportSize()?.height ?? 0);

    // Opened again (the tab's address names no view), the page reads back from the store what was recorded.
    await page.goto(`${env.url}/teams.html?view=seance&seance=${seanceId}`);
    const expected = votants.map((n, i) => (i === 1 ? split : { pour: n, contre: 0, abstentions: 0 }));
    for (const [i, vote] of expected.entries()) {
      const label = `Pour — ${i + 1}. ${AGENDA[i] ?? ""}`;
      await page.waitForFunction(
        ([name, value]) =>
          (document.querySelector(`input[aria-label="${CSS.escape(name)}"]`) as HTMLInputElement | null)?.value ===
          value,
        [label, String(vote.pour)] as const,
      );
    }
    await point(4)
      .getByRole("button", { name: `${INTERESTED} ne prend pas part — annuler` })
      .waitFor();

    const { records: membres } = await repos().membres.items();
    const idOf = (nom: string) => membres.find((m) => m.nom === nom && m.commune === "1")?.id;
    const { records: points } = await repos().points.items({ seance: seanceId });
    const pointId = (numero: number) => points.find((p) => p.numero === numero)?.id;
    expect(
      [...points]
        .sort((a, b) => a.numero - b.numero)
        .slice(0, AGENDA.length)
        .map((p) => ({ pour: p.pour, contre: p.contre, abstentions: p.abstentions })),
    ).toEqual(expected);
    const { records: presences } = await repos().presences.items({ seance: seanceId });
    expect(presences).toHaveLength(15);
    expect(presences.filter((p) => p.presence === "present")).toHaveLength(12);
    const of = (nom: string) => presences.find((p) => p.membre === idOf(nom));
    expect(of(LATE[0] ?? "")).toMatchObject({ presence: "absent", mouvements: `arrivee ${pointId(3) ?? ""}` });
    expect(of(LATE[1] ?? "")).toMatchObject({ presence: "absent", mouvements: `arrivee ${pointId(5) ?? ""}` });
    expect(of(LEAVER)).toMatchObject({
      presence: "present",
      mouvements: `depart ${pointId(6) ?? ""} pouvoir ${idOf(LEAVER_HOLDER) ?? ""} ; arrivee ${pointId(8) ?? ""}`,
    });
    expect(of(REPRESENTED)).toMatchObject({ presence: "absent", mandataire: idOf(HOLDER) });
    expect(of(INTERESTED)).toMatchObject({ presence: "present", sansPart: pointId(4) });
    const { records: seances } = await repos().seances.items();
    expect(seances.find((s) => s.id === seanceId)).toMatchObject({ secretaireSeance: idOf(HOLDER) });
    expect(errors).toEqual([]);
  });
});
