import path from "node:path";
import type { Page } from "playwright-core";
import { LocalTokenProvider } from "@shared/data/auth/local-token-provider";
import { createGraphClient } from "@shared/data/graph/create-graph-client";
import { createRepositories } from "@shared/data/graph/repositories";
import type { LocalStore } from "../../local-store";
import { addDays, formatDateFr } from "@shared/domain/common";
import { systemClock } from "@shared/ports/clock";
import { parisToUtc } from "@teams-app/src/common/paris-time";
import { seriousViolations } from "../support/axe";
import { ARTIFACTS, startStoreBrowser } from "../support/store-browser";
import type { StoreBrowser } from "../support/store-browser";

describe("la secrétaire crée une séance puis la déplace, contre le stockage local intégré", () => {
  let env: StoreBrowser;
  let store: LocalStore;
  let app: { readonly url: string };
  let page: Page;
  let errors: string[];

  /** The séance chosen in the picker, once the list read after the write holds it. */
  const selected = (label: string) =>
    page
      .getByLabel("Séance", { exact: true })
      .locator("option:checked", { hasText: label })
      .waitFor({ state: "attached" });
  const repos = () =>
    createRepositories(
      createGraphClient({ baseUrl: store.graphBaseUrl, tokenProvider: new LocalTokenProvider(store.tokens.admin()) }),
      store.siteId,
    );
  // Far enough from the demo's séances (in 12 and 26 days) that the one created is told apart by its date alone.
  const today = systemClock.today();
  const first = addDays(today, 40);
  const moved = addDays(today, 33);

  beforeAll(async () => {
    env = await startStoreBrowser("seance-create-e2e");
    ({ store, page, errors } = env);
    app = { url: env.url };
  });
  afterAll(() => env?.close());

  it("la séance créée pour Les Essarts-le-Bas est dans la liste, à l'heure de Paris écrite en UTC", async () => {
    await page.goto(`${app.url}/teams.html?view=seance`);
    await page.getByRole("button", { name: "Nouvelle séance" }).click();
    const form = page.getByRole("region", { name: "Nouvelle séance" });
    await form.getByLabel("Commune").selectOption({ label: "Les Essarts-le-Bas" });
    await expect(form.getByLabel("Lieu de la séance").inputValue()).resolves.toBe("Salle du conseil, mairie");
    await form.getByLabel("Date de la séance").fill(addDays(today, -1));
    await form.getByText(/est passé : choisissez une date à venir/).waitFor();
    await expect(form.getByRole("button", { name: "Créer la séance" }).isDisabled()).resolves.toBe(true);
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await form.getByLabel("Date de la séance").fill(first);
    await form.getByLabel("Heure").fill("20:30");
    // 1 210 inhabitants: 3 jours francs (L2121-11), so the convocation leaves four days before at the latest.
    await form
      .getByText(
        `Convocation à envoyer au plus tard le ${formatDateFr(addDays(first, -4))} (3 jours francs, CGCT L2121-11).`,
      )
      .waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "teams-nouvelle-seance.png"), fullPage: true });
    await form.getByRole("button", { name: "Créer la séance" }).click();
    await form.waitFor({ state: "detached" });
    await selected(`Les Essarts-le-Bas — ${formatDateFr(first)} à 20:30 — Conseil municipal`);

    const { records: communes } = await repos().communes.items();
    const essarts = communes.find((c) => c.nom === "Les Essarts-le-Bas");
    const { records: seances } = await repos().seances.items();
    const created = seances.filter((s) => s.commune === essarts?.id && s.date === parisToUtc(first, "20:30"));
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      titre: "Conseil municipal",
      lieu: "Salle du conseil, mairie",
      statut: "preparation",
    });
  });

  it("déplacer la séance change la date limite de la convocation, à l'écran et dans la liste", async () => {
    const convocation = page.getByRole("region", { name: "Convocation" });
    await convocation
      .getByText(`À envoyer au plus tard le ${formatDateFr(addDays(first, -4))}`, { exact: false })
      .waitFor();
    const schedule = page.getByRole("region", { name: "Date, heure et lieu" });
    await schedule.getByLabel("Date de la séance").fill(moved);
    await schedule.getByLabel("Lieu de la séance").fill("Salle des fêtes");
    await schedule
      .getByText(
        `Convocation à envoyer au plus tard le ${formatDateFr(addDays(moved, -4))} (3 jours francs, CGCT L2121-11).`,
      )
      .waitFor();
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await schedule.getByRole("button", { name: "Enregistrer la date et le lieu" }).click();
    await convocation
      .getByText(`À envoyer au plus tard le ${formatDateFr(addDays(moved, -4))}`, { exact: false })
      .waitFor();
    await selected(`Les Essarts-le-Bas — ${formatDateFr(moved)} à 20:30 — Conseil municipal`);

    const { records: seances } = await repos().seances.items();
    const stored = seances.filter((s) => s.lieu === "Salle des fêtes" && s.date === parisToUtc(moved, "20:30"));
    expect(stored).toHaveLength(1);
    expect(seances.some((s) => s.date === parisToUtc(first, "20:30"))).toBe(false);
    expect(errors).toEqual([]);
  });
});
