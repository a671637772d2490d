import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { LocalTokenProvider } from "@shared/data/auth/local-token-provider";
import { createGraphClient } from "@shared/data/graph/create-graph-client";
import { createRepositories } from "@shared/data/graph/repositories";
import type { LocalStore } from "../../local-store";
import { seriousViolations as accessibilityViolations } from "../support/axe";
import { collectPageErrors } from "../support/chromium";
import { countOnceShown } from "../support/page-state";
import { ARTIFACTS, startStoreBrowser } from "../support/store-browser";
import type { StoreBrowser } from "../support/store-browser";

const NEW_POINT = "Acquisition d'un défibrillateur pour la salle des sports";
const AVIS = "Prévoir la formation des agents à son usage.";

interface StoredEvent {
  readonly id: string;
  readonly changeKey: string;
  readonly start: { readonly timeZone: string };
  readonly body: { readonly contentType: string; readonly content: string };
  readonly attendees: readonly { readonly emailAddress: { readonly address: string }; readonly type: string }[];
}

describe("l'onglet Teams contre le stockage local intégré", () => {
  let env: StoreBrowser;
  let browser: Browser;
  let store: LocalStore;
  let app: { readonly url: string };
  let page: Page;
  let errors: string[];

  const repos = () =>
    createRepositories(
      createGraphClient({ baseUrl: store.graphBaseUrl, tokenProvider: new LocalTokenProvider(store.tokens.admin()) }),
      store.siteId,
    );
  /** The secretary's calendar (/me of the page until « Voir comme » picks someone else), as the tab's calls left it. */
  const storedEvents = async () => {
    const response = await fetch(`${store.graphBaseUrl}/me/events`, {
      headers: { Authorization: `Bearer ${store.tokens.forMember("secretariat@saint-aubin-sur-loire.example")}` },
    });
    return ((await response.json()) as { value: StoredEvent[] }).value;
  };
  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `teams-${name}.png`), fullPage: true });
  const viewAs = (label: RegExp) => page.getByLabel("Voir comme").selectOption({ label: pickLabel(label) });
  let people: string[] = [];
  const pickLabel = (label: RegExp): string => {
    const found = people.find((p) => label.test(p));
    if (!found) throw new Error(`Personne introuvable dans « Voir comme » : ${label}`);
    return found;
  };

  beforeAll(async () => {
    env = await startStoreBrowser("teams-e2e");
    ({ browser, store, page, errors } = env);
    app = { url: env.url };
  });
  afterAll(() => env?.close());

  // The time to first render is a bench figure (npm run bench), not asserted here: a loaded CI machine would flake.
  it("le cockpit s'affiche avec les séances et les échéances de chaque commune", async () => {
    await page.goto(`${app.url}/teams.html`);
    await page.getByRole("region", { name: "Prochaines séances" }).waitFor();
    people = await page.getByLabel("Voir comme").locator("option").allTextContents();
    const todo = page.getByRole("list", { name: "Échéances et formalités" });
    await todo.getByText("CGCT L1612-2").first().waitFor();
    await expect(countOnceShown(todo.getByText(/Envoyer la convocation de la séance du/), 2)).resolves.toBe(2);
    // Acts waiting to become exécutoire and subsidy files to deposit, in each commune served, with their reference.
    const transmission = todo
      .getByRole("listitem")
      .filter({ hasText: /Transmettre au contrôle de légalité la délibération n° 2026-013/ });
    await transmission.getByText("CGCT L2131-1, L2131-2").waitFor();
    await transmission.getByText(/^En retard de \d+\sj$/).waitFor();
    await todo
      .getByRole("listitem")
      .filter({ hasText: /2026-008/ })
      .getByText("Les Essarts-le-Bas")
      .first()
      .waitFor();
    const detr = todo
      .getByRole("listitem")
      .filter({ hasText: /Déposer le dossier DETR « Rénovation énergétique de l'école »/ });
    await detr.getByText(/CGCT L2334-33/).waitFor();
    await expect(todo.getByText(/Aire de jeux/).count()).resolves.toBe(0);
    await shot("cockpit");
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
  });

  it("la secrétaire ajoute un point et envoie la convocation ; la séance est enregistrée comme convoquée", async () => {
    await page.getByRole("tab", { name: "Séances" }).click();
    await page.getByLabel("Objet du nouveau point").fill(NEW_POINT);
    await page.getByLabel("Rapporteur du nouveau point").fill("Michel Rousseau");
    await page.getByRole("button", { name: "Ajouter le point" }).click();
    await expect(page.getByLabel("Objet du point 9").inputValue()).resolves.toBe(NEW_POINT);
    await page.getByLabel("Mode d'envoi").selectOption("dematerialisee");
    await page.getByRole("button", { name: "Envoyer la convocation" }).click();
    await page.getByText(/Convocation envoyée le .* Voie dématérialisée/).waitFor();
    await shot("seance");
    await expect(accessibilityViolations(page)).resolves.toEqual([]);

    const { records: points } = await repos().points.items();
    expect(points.filter((p) => p.titre === NEW_POINT)).toHaveLength(1);
    const { records: seances } = await repos().seances.items();
    const convoquee = seances.find((s) => s.statut === "convoquee");
    expect(convoquee?.convocationLe).toBeDefined();
    expect(convoquee?.modeConvocation).toBe("dematerialisee");

    await page
      .getByRole("status")
      .getByText(/invitation Outlook enregistrée dans le calendrier du stockage local/)
      .waitFor();
    const { records: membres } = await repos().membres.items();
    const elus = membres.filter((m) => m.role === "elu" && m.commune === convoquee?.commune).map((m) => m.email);
    const [event, ...others] = await storedEvents();
    expect(others).toEqual([]);
    expect(event?.id).toBe(convoquee?.invitationId);
    expect(event?.attendees.map((a) => a.emailAddress.address).sort()).toEqual(elus.sort());
    expect(event?.attendees.every((a) => a.type === "required")).toBe(true);
    expect(event?.start.timeZone).toBe("Europe/Paris");
    expect(event?.body).toEqual({ contentType: "text", content: expect.stringContaining(NEW_POINT) });
  });

  it("renvoyer la convocation met à jour la même invitation Outlook au lieu d'en créer une autre", async () => {
    const [before] = await storedEvents();
    await page.getByRole("button", { name: "Renvoyer la convocation" }).click();
    await page
      .getByRole("status")
      .getByText(/mise à jour de l'invitation déjà envoyée/)
      .waitFor();
    const after = await storedEvents();
    expect(after.map((e) => e.id)).toEqual([before?.id]);
    expect(after[0]?.changeKey).not.toBe(before?.changeKey);
  });

  it("en séance : présence, procuration, secrétaire de séance et vote vont dans les listes, le contrôle suit en direct", async () => {
    const control = page.getByRole("region", { name: "Contrôle de la séance" });
    const attend = async (name: string) => {
      await page.getByRole("checkbox", { name }).click();
      await page.getByRole("checkbox", { name, checked: true }).waitFor();
    };
    // Fifteen seats (842 inhabitants): the quorum is eight présents.
    const presents = [
      "Claire Dubois",
      "Sophie Garnier",
      "Michel Rousseau",
      "Bernard Lefort",
      "Martine Caillaud",
      "Yves Pineau",
      "Isabelle Ménard",
    ];
    for (const name of presents) await attend(name);
    await control.getByText(/Quorum non atteint à l'ouverture : 7 membres présents pour 8 requis/).waitFor();
    await attend("Thierry Bouvet");
    await control.getByText(/Quorum non atteint/).waitFor({ state: "detached" });
    await page.getByLabel("Procuration de Nadia Benali").selectOption({ label: "Sophie Garnier" });
    await page
      .getByLabel("Procuration de Nadia Benali")
      .locator("option:checked", { hasText: "Sophie Garnier" })
      .waitFor({ state: "attached" });
    await page.getByLabel("Secrétaire de séance").selectOption({ label: "Sophie Garnier" });
    await page
      .getByLabel("Secrétaire de séance")
      .locator("option:checked", { hasText: "Sophie Garnier" })
      .waitFor({ state: "attached" });
    const vote = "Pour — 2. Décision modificative n° 1 du budget principal";
    await page.getByLabel(vote).fill("4");
    await page.getByRole("button", { name: "Enregistrer le vote du point 2" }).click();
    await page.getByRole("button", { name: "Enregistrer le vote du point 2", disabled: true }).waitFor();
    await page.getByLabel("Liste affichée et mise en ligne le").fill("2026-12-20");
    await page.getByRole("button", { name: "Enregistrer les dates" }).click();
    await page.getByRole("button", { name: "Enregistrer les dates", disabled: true }).waitFor();
    await shot("seance-tenue");

    const { records: seances } = await repos().seances.items();
    const seance = seances.find((s) => s.statut === "convoquee");
    const { records: membres } = await repos().membres.items();
    const idOf = (nom: string) => membres.find((m) => m.nom === nom && m.commune === seance?.commune)?.id;
    const { records: presences } = await repos().presences.items({ seance: seance?.id ?? "" });
    expect(
      presences
        .filter((p) => p.presence === "present")
        .map((p) => p.titre)
        .sort(),
    ).toEqual([...presents, "Thierry Bouvet"].sort());
    expect(presences.find((p) => p.membre === idOf("Nadia Benali"))).toMatchObject({
      presence: "absent",
      mandataire: idOf("Sophie Garnier"),
    });
    expect(seance).toMatchObject({
      secretaireSeance: idOf("Sophie Garnier"),
      listePublieeLe: expect.stringMatching(/^2026-12-20T/),
    });
    const { records: points } = await repos().points.items({ seance: seance?.id ?? "" });
    expect(points.find((p) => p.numero === 2)).toMatchObject({ pour: 4, contre: 0, abstentions: 0 });

    // Another device, with nothing in its browser storage, sees the same séance.
    const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const device = await other.newPage();
    await device.goto(`${app.url}/teams.html?view=seance`);
    await device.getByRole("checkbox", { name: "Michel Rousseau", checked: true }).waitFor();
    await expect(device.getByLabel(vote).inputValue()).resolves.toBe("4");
    await expect(device.getByLabel("Procuration de Nadia Benali").inputValue()).resolves.toBe(idOf("Sophie Garnier"));
    await other.close();
  });

  it("un élu donne son avis sans pouvoir modifier la séance, et la secrétaire le retrouve", async () => {
    await viewAs(/^Élu — Sophie Garnier/);
    await page.getByRole("tab", { name: "Séances" }).click();
    await page.getByRole("table", { name: "Ordre du jour" }).waitFor();
    await expect(page.getByRole("button", { name: "Ajouter le point" }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: /Envoyer la convocation/ }).count()).resolves.toBe(0);

    await page.getByRole("tab", { name: "Avis des élus" }).click();
    const point = page.getByRole("region", { name: `9. ${NEW_POINT}` });
    await point.getByRole("radio", { name: "Réserve" }).check();
    await point.getByLabel("Commentaire sur le point 9").fill(AVIS);
    await page.getByRole("button", { name: /^Enregistrer mes avis/ }).click();
    await page
      .getByRole("status")
      .getByText(/^1\savis enregistré\.$/)
      .waitFor();
    await shot("avis-elu");
    await expect(accessibilityViolations(page)).resolves.toEqual([]);

    await viewAs(/^Secrétaire — Claire Moreau/);
    await page.getByRole("tab", { name: "Avis des élus" }).click();
    const gathered = page.getByRole("region", { name: `9. ${NEW_POINT}` });
    await gathered.getByText("Sophie Garnier — Réserve").waitFor();
    await gathered.getByText(AVIS, { exact: false }).waitFor();
    await gathered.getByText("Réserve : 1").waitFor();
    await shot("avis-secretaire");
  });

  it("dans le réseau, on pose une question, on y répond et la recherche la retrouve", async () => {
    await page.goto(`${app.url}/teams.html?view=network`);
    await page.getByLabel("Sujet").fill("Publication du procès-verbal sur le site");
    await page.getByLabel("Votre question").fill("Faut-il publier le PV complet ou un extrait sur le site internet ?");
    await page.getByRole("button", { name: "Poser la question" }).click();
    const thread = page.getByRole("region", { name: "Publication du procès-verbal sur le site" });
    await thread
      .getByLabel(/Votre réponse/)
      .fill("Le procès-verbal complet, dans la semaine qui suit la séance où il est arrêté.");
    await thread.getByLabel("Référence (article, circulaire)").fill("CGCT L2121-15");
    await thread.getByRole("button", { name: "Répondre" }).click();
    await thread.getByText("CGCT L2121-15", { exact: false }).waitFor();

    await page.getByLabel("Rechercher dans les questions et réponses").fill("proces-verbal semaine");
    await page.getByRole("region", { name: /Délai de convocation/ }).waitFor({ state: "detached" });
    await thread.waitFor();
    await shot("reseau");
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
  });

  it("le thème sombre de Teams est suivi", async () => {
    const dark = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const darkErrors = collectPageErrors(dark);
    await dark.goto(`${app.url}/teams.html?view=seance&theme=dark`);
    await dark.getByRole("region", { name: "Contrôle de la séance" }).waitFor();
    const background = await dark
      .locator("main")
      .evaluate((el) => getComputedStyle(el.parentElement ?? el).backgroundColor);
    const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(200);
    await dark.screenshot({ path: path.join(ARTIFACTS, "teams-dark.png"), fullPage: true });
    expect(darkErrors).toEqual([]);
    await dark.close();
  });
});
