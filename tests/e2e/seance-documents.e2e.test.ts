import path from "node:path";
import type { Page } from "playwright-core";
import { LocalTokenProvider } from "@shared/data/auth/local-token-provider";
import { GraphDocuments } from "@shared/data/drive/graph-documents";
import { createGraphClient } from "@shared/data/graph/create-graph-client";
import { createRepositories } from "@shared/data/graph/repositories";
import { addDays, formatDateFr } from "@shared/domain/common";
import { readDocxText } from "@shared/io/docx";
import { systemClock } from "@shared/ports/clock";
import { parisToUtc } from "@teams-app/src/common/paris-time";
import type { LocalStore } from "../../local-store";
import { ARTIFACTS, startStoreBrowser } from "../support/store-browser";
import type { StoreBrowser } from "../support/store-browser";
import { countOnceShown } from "../support/page-state";

const POINTS = ["Tarifs de la restauration scolaire", "Subventions aux associations"];
/** Fifteen seats at Saint-Aubin-sur-Loire (842 inhabitants): eight présents make the quorum. */
const QUORUM = 8;

/**
 * The séance's documents from end to end, in Chromium against the embedded store: the secretary creates a séance and
 * generates the convocation and the projets (.docx in the séance's folder), an élu opens a projet and gives an avis,
 * the secretary records attendance and the vote, and the Word pane, on that generated act, fills it from the séance.
 */
describe("les documents Word d'une séance, de la génération au volet Word", () => {
  let env: StoreBrowser;
  let store: LocalStore;
  let page: Page;
  let errors: string[];
  // Before the demo's séances (in 12 and 26 days): the élu's « prochaine séance ».
  const date = addDays(systemClock.today(), 5);
  const label = `Saint-Aubin-sur-Loire — ${formatDateFr(date)} à 20:00 — Conseil municipal`;

  const connection = () =>
    createGraphClient({ baseUrl: store.graphBaseUrl, tokenProvider: new LocalTokenProvider(store.tokens.admin()) });
  const repos = () => createRepositories(connection(), store.siteId);
  const seanceId = async () => {
    const { records } = await repos().seances.items();
    const found = records.find((s) => s.date === parisToUtc(date, "20:00"));
    if (!found) throw new Error("séance créée introuvable");
    return found.id;
  };
  const viewAs = async (who: RegExp) => {
    const options = await page.getByLabel("Voir comme").locator("option").allTextContents();
    const found = options.find((o) => who.test(o));
    if (!found) throw new Error(`Personne introuvable dans « Voir comme » : ${who}`);
    await page.getByLabel("Voir comme").selectOption({ label: found });
  };
  const shot = (name: string) =>
    page.screenshot({ path: path.join(ARTIFACTS, `seance-documents-${name}.png`), fullPage: true });

  beforeAll(async () => {
    env = await startStoreBrowser("seance-documents-e2e");
    ({ store, page, errors } = env);
  });
  afterAll(() => env?.close());

  it("la secrétaire crée la séance, son ordre du jour, puis génère la convocation et les projets en .docx", async () => {
    await page.goto(`${env.url}/teams.html?view=seance`);
    await page.getByRole("button", { name: "Nouvelle séance" }).click();
    const form = page.getByRole("region", { name: "Nouvelle séance" });
    await form.getByLabel("Commune").selectOption({ label: "Saint-Aubin-sur-Loire" });
    await form.getByLabel("Date de la séance").fill(date);
    await form.getByLabel("Heure").fill("20:00");
    await form.getByRole("button", { name: "Créer la séance" }).click();
    await form.waitFor({ state: "detached" });
    await page
      .getByLabel("Séance", { exact: true })
      .locator("option:checked", { hasText: label })
      .waitFor({ state: "attached" });
    for (const [i, titre] of POINTS.entries()) {
      await page.getByLabel("Objet du nouveau point").fill(titre);
      await page.getByRole("button", { name: "Ajouter le point" }).click();
      await expect(page.getByLabel(`Objet du point ${i + 1}`).inputValue()).resolves.toBe(titre);
    }
    const convocation = page.getByRole("region", { name: "Convocation" });
    await convocation.getByText("Convocation (Word) : à générer dans « Documents Word de la séance ».").waitFor();

    const documents = page.getByRole("region", { name: "Documents Word de la séance" });
    await documents.getByRole("button", { name: "Générer la convocation et les projets de délibération" }).click();
    await documents.getByText("3 document(s) créé(s).").waitFor();
    await expect(countOnceShown(documents.getByRole("link", { name: "Ouvrir dans Word" }), 3)).resolves.toBe(3);
    // No text download anywhere: every document of the séance is a .docx of its folder.
    await expect(page.locator('a[download], a[href^="data:"]').count()).resolves.toBe(0);
    await convocation.getByRole("link", { name: "Convocation : ouvrir dans Word" }).waitFor();
    await shot("generes");

    const id = await seanceId();
    const files = await new GraphDocuments(connection(), store.siteId).listSeance(id);
    expect(files.map((f) => [f.name, f.columns.type, f.columns.seance]).sort()).toEqual([
      ["Convocation.docx", "convocation", id],
      [`Point 1 - projet de délibération - ${POINTS[0]}.docx`, "projet-deliberation", id],
      [`Point 2 - projet de délibération - ${POINTS[1]}.docx`, "projet-deliberation", id],
    ]);
    const { records: points } = await repos().points.items({ seance: id });
    for (const point of points) {
      const file = files.find((f) => f.columns.point === point.id);
      // The point's link is the file's address in the library.
      expect(point.projetActe).toBe(file?.webUrl);
    }
    const projet = files.find((f) => f.columns.type === "projet-deliberation" && f.name.startsWith("Point 1"));
    if (!projet) throw new Error("projet du point 1 absent");
    const text = await readDocxText(await new GraphDocuments(connection(), store.siteId).download(projet.id), "p.docx");
    // French typography: a non-breaking space before the colon.
    expect(text.replace(/[\u00a0\u202f]/g, " ")).toContain(`Objet : ${POINTS[0]}`);
  });

  it("un élu ouvre le projet du point 1 dans Word, puis donne son avis ; l'ouverture et la version sont enregistrées", async () => {
    await viewAs(/^Élu — Sophie Garnier/);
    await page.getByRole("tab", { name: "Avis des élus" }).click();
    await page.getByText(`Prochaine séance : ${label}`).waitFor();
    const point = page.getByRole("region", { name: `1. ${POINTS[0]}` });
    const [word] = await Promise.all([
      page.waitForEvent("popup"),
      point.getByRole("link", { name: "Ouvrir dans Word" }).click(),
    ]);
    await word.getByTestId("simulated-document").getByText(`Objet : ${POINTS[0]}`).waitFor();
    await word.close();
    await point.getByRole("radio", { name: "Favorable", exact: true }).check();
    // One save for the séance's avis (the button stays in reach at the bottom of the pane).
    await page.getByRole("button", { name: /^Enregistrer mes avis/ }).click();
    await page.getByText(/^1\savis enregistré\.$/).waitFor();
    await shot("avis");

    const id = await seanceId();
    const [projet] = (await new GraphDocuments(connection(), store.siteId).listSeance(id)).filter((f) =>
      f.name.startsWith("Point 1"),
    );
    const { records: ouvertures } = await repos().ouvertures.items({ seance: id });
    expect(ouvertures).toEqual([
      expect.objectContaining({ fichier: projet?.id, documentEmpreinte: projet?.cTag, documentVersion: "1.0" }),
    ]);
    const { records: avis } = await repos().avis.items({ seance: id });
    expect(avis).toEqual([
      expect.objectContaining({ position: "favorable", documentEmpreinte: projet?.cTag, documentVersion: "1.0" }),
    ]);

    await viewAs(/^Secrétaire — Claire Moreau/);
    await page.getByRole("tab", { name: "Avis des élus" }).click();
    await page.getByLabel("Séance", { exact: true }).selectOption({ label });
    const gathered = page.getByRole("region", { name: `1. ${POINTS[0]}` });
    await gathered.getByText("Sophie Garnier — Favorable").waitFor();
    await gathered.getByText("version actuelle").first().waitFor();
    await gathered
      .getByRole("list", { name: "Ouvertures du projet" })
      .getByText(/^Sophie Garnier a ouvert la version 1\.0 du /)
      .waitFor();
  });

  it("la secrétaire enregistre la présence et le vote ; le volet Word, sur le projet généré, remplit l'acte depuis la séance", async () => {
    await page.getByRole("tab", { name: "Séances" }).click();
    await page.getByLabel("Séance", { exact: true }).selectOption({ label });
    const { records: communes } = await repos().communes.items();
    const commune = communes.find((c) => c.nom === "Saint-Aubin-sur-Loire")?.id;
    const { records: membres } = await repos().membres.items();
    const presents = membres.filter((m) => m.role === "elu" && m.commune === commune).slice(0, QUORUM);
    expect(presents).toHaveLength(QUORUM);
    for (const { nom: name } of presents) {
      await page.getByRole("checkbox", { name }).click();
      await page.getByRole("checkbox", { name, checked: true }).waitFor();
    }
    await page.getByLabel(`Pour — 1. ${POINTS[0]}`).fill(String(QUORUM));
    await page.getByRole("button", { name: "Enregistrer le vote du point 1" }).click();
    await page.getByRole("button", { name: "Enregistrer le vote du point 1", disabled: true }).waitFor();

    const id = await seanceId();
    const [projet] = (await new GraphDocuments(connection(), store.siteId).listSeance(id)).filter((f) =>
      f.name.startsWith("Point 1"),
    );
    await page.goto(`${env.url}/word.html?document=${encodeURIComponent(projet?.id ?? "")}`);
    await page.getByTestId("simulated-document").getByText(`Objet : ${POINTS[0]}`).waitFor();
    await page.getByRole("tab", { name: "Acte complet" }).click();
    await page.getByText(new RegExp(`^Document de la séance n° ${id} : .*présences \\(.*vote du point \\(`)).waitFor();
    const value = (name: string) => page.getByLabel(name, { exact: true }).inputValue();
    await expect(value("Nombre de conseillers en exercice")).resolves.toBe("15");
    await expect(value("Nombre de conseillers présents")).resolves.toBe(String(QUORUM));
    await expect(value("Nombre de votants")).resolves.toBe(String(QUORUM));
    await expect(value("Voix pour")).resolves.toBe(String(QUORUM));
    await shot("volet-word");
    expect(errors).toEqual([]);
  });
});
