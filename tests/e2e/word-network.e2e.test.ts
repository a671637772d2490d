import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { LocalTokenProvider, localTokenFor } from "../../shared/data/auth/local-token-provider";
import { createGraphClient } from "../../shared/data/graph/create-graph-client";
import { createRepositories } from "../../shared/data/graph/repositories";
import { startLocalStore } from "../../shared/data/local-store";
import type { LocalStore } from "../../shared/data/local-store";
import { startTestAppServer } from "../support/app-server";
import { collectPageErrors, launchChromium } from "../support/chromium";

const ARTIFACTS = path.resolve(__dirname, "../artifacts");
const SECRETARY = "secretariat@saint-aubin-sur-loire.example";
const REFERENT = "p.durand@cdg49.example";
const TITLE = "Considérant sur le défibrillateur de la salle des sports";

describe("le volet Word et les clauses du réseau, sur le stockage local", () => {
  let browser: Browser;
  let store: LocalStore;
  let app: Awaited<ReturnType<typeof startTestAppServer>>;
  let dataDir: string;
  let page: Page;
  let errors: string[];
  let clauseId = "";

  // Each member reaches the lists with their own token, as the Teams tab does for the person signed in.
  const reposAs = (email: string) =>
    createRepositories(createGraphClient({ baseUrl: store.graphBaseUrl, tokenProvider: new LocalTokenProvider(localTokenFor(email)) }), store.siteId);
  const proposeAndValidate = async (version: number, texte: string) => {
    const created = await reposAs(SECRETARY).clauseVersions.create({ titre: `${TITLE} v${version}`, clause: clauseId, version, texte, auteur: "Claire Moreau" });
    await reposAs(REFERENT).clauseVersions.update(created.id, created.eTag, { valideeLe: "2025-11-20T11:00:00Z", valideePar: "Paul Durand" });
  };
  const documentPage = () => page.getByTestId("simulated-document");

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dataDir = mkdtempSync(path.join(os.tmpdir(), "word-network-e2e-"));
    store = await startLocalStore({ port: 0, dataDir, seed: true });
    app = await startTestAppServer(store.url);
    const clause = await reposAs(SECRETARY).clauses.create({ intitule: TITLE, categorie: "deliberation considerant" });
    clauseId = clause.id;
    await proposeAndValidate(1, "Considérant que la commune de {{commune}} doit équiper la salle des sports d'un défibrillateur ;");
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    errors = collectPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("une clause proposée puis validée dans les listes du réseau est offerte et insérée avec son identifiant et sa version", async () => {
    await page.goto(`${app.url}/word.html`);
    await page.getByText(/versions? de clauses du réseau ajoutées? à la bibliothèque intégrée/).waitFor();
    await page.getByRole("searchbox", { name: "Rechercher une clause" }).fill("défibrillateur");
    const item = page.getByRole("list", { name: "Clauses trouvées" }).getByRole("button", { name: new RegExp(TITLE) });
    await item.getByText("Réseau").waitFor();
    await item.click();
    await page.getByText("Version 1 — clause du réseau, validée le 20 novembre 2025 par Paul Durand").waitFor();
    await page.getByRole("textbox", { name: "Nom de la commune" }).fill("Saint-Aubin-sur-Loire");
    await page.getByRole("button", { name: "Insérer" }).click();
    await page.getByText(`« ${TITLE} » insérée (version 1).`).waitFor();
    const inserted = documentPage().locator(`p[data-clause="reseau-${clauseId}:v1"]`);
    expect(await inserted.allTextContents()).toEqual(["Considérant que la commune de Saint-Aubin-sur-Loire doit équiper la salle des sports d'un défibrillateur ;"]);
    await page.screenshot({ path: path.join(ARTIFACTS, "word-network-clause.png"), fullPage: true });
  });

  it("une version plus récente validée ensuite est proposée en mise à jour et remplace l'ancienne", async () => {
    await page.getByRole("tab", { name: "Mises à jour" }).click();
    await page.getByText("1 clause de la bibliothèque dans le document, 0 à mettre à jour.").waitFor();
    await proposeAndValidate(2, "Considérant que la commune de {{commune}} doit équiper la salle des sports et la mairie d'un défibrillateur ;");
    await page.getByRole("button", { name: "Rechercher les mises à jour" }).click();
    const card = page.getByRole("group", { name: `Mise à jour : ${TITLE}` });
    await card.getByText("Version 1 dans le document, version 2 validée le 20 novembre 2025 par Paul Durand.").waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "word-network-update.png"), fullPage: true });
    await card.getByRole("button", { name: "Mettre à jour" }).click();
    await page.getByText(/mise à jour en version 2/).waitFor();
    expect(await documentPage().locator(`p[data-clause="reseau-${clauseId}:v2"]`).allTextContents()).toEqual([
      "Considérant que la commune de Saint-Aubin-sur-Loire doit équiper la salle des sports et la mairie d'un défibrillateur ;",
    ]);
    expect(await documentPage().locator(`p[data-clause="reseau-${clauseId}:v1"]`).count()).toBe(0);
  });

  it("une clause validée qui vise le code des communes est montrée à revoir avec le message de la règle ; aucune erreur de console", async () => {
    const clause = await reposAs(SECRETARY).clauses.create({ intitule: "Visa du code des communes", categorie: "deliberation visa" });
    clauseId = clause.id;
    await proposeAndValidate(1, "Vu le code des communes ;");
    await page.getByRole("button", { name: "Rechercher les mises à jour" }).click();
    await page.getByRole("tab", { name: "Clauses" }).click();
    await page.getByRole("searchbox", { name: "Rechercher une clause" }).fill("code des communes");
    const item = page.getByRole("list", { name: "Clauses trouvées" }).getByRole("button", { name: /Visa du code des communes/ });
    await item.getByText("À revoir").waitFor();
    await item.click();
    await page.getByText(/Clause à revoir, non proposée comme validée : DEL-008 : « code des communes » : le code des communes est abrogé/).waitFor();
    expect(errors).toEqual([]);
  });
});
