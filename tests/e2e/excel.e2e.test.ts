import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { startPaneSuite } from "../support/browser-suite";
import type { PaneSuite } from "../support/browser-suite";
import { collectPageErrors } from "../support/chromium";
import { ARTIFACTS } from "../support/store-browser";

const SAMPLE_XML = path.resolve(__dirname, "../../../shared/data/budgets/05_crach_lotissement_BP2022/totem.xml");
const IMBALANCE = /Section d'investissement en déséquilibre/;

let suite: PaneSuite;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  suite = await startPaneSuite();
});
afterAll(() => suite?.close());

describe("le volet Excel dans Chromium, sur le classeur simulé", () => {
  let page: Page;
  let errors: string[];

  beforeEach(async () => {
    page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    errors = collectPageErrors(page);
    await page.goto(`${suite.url}/excel.html`);
    await page.getByRole("heading", { name: "Budget de la commune" }).waitFor();
  });
  afterEach(async () => {
    expect(errors).toEqual([]);
    await page.close();
  });

  it("vérifie le budget, montre l'anomalie et sa référence, et un clic sélectionne la cellule", async () => {
    await page.getByRole("button", { name: "Vérifier le budget" }).click();
    const finding = page.getByRole("button", { name: IMBALANCE });
    await finding.waitFor();
    await page.getByText("Référence : CGCT L1612-4, L1612-7").waitFor();
    await page
      .getByRole("table", { name: /Équilibre des sections/ })
      .getByRole("row", { name: /Investissement .*4\s000,00\s€ Déficit/ })
      .waitFor();
    const cell = page.getByTestId("simulated-sheet").locator('td[data-address="I10"]');
    expect(await cell.getAttribute("title")).toMatch(IMBALANCE);
    await finding.click();
    await page.waitForFunction(() => {
      const td = document.querySelector('[data-testid="simulated-sheet"] td[data-address="I10"]');
      return td !== null && getComputedStyle(td).outlineStyle === "solid";
    });
    await page.screenshot({ path: path.join(ARTIFACTS, "excel-check.png"), fullPage: true });
  });

  it("importe un DocumentBudgetaire réel, puis le vérifie", async () => {
    await page.getByRole("tablist", { name: "Vues du volet" }).getByRole("tab", { name: "Créer un budget" }).click();
    await page.getByLabel(/Importer un fichier DocumentBudgetaire/).setInputFiles(SAMPLE_XML);
    await page.getByRole("button", { name: "Remplacer" }).click();
    await page.getByText(/Import de totem\.xml : feuilles « Document » et « Budget » écrites/).waitFor();
    await page.getByRole("tablist", { name: "Vues du volet" }).getByRole("tab", { name: "Vérifier le budget" }).click();
    await page.getByRole("button", { name: "Vérifier le budget" }).click();
    await page.getByText(/Vérification terminée : 0 erreur/).waitFor();
  });

  it("vérifie le plan de financement et montre la synthèse pour les élus", async () => {
    const views = page.getByRole("tablist", { name: "Vues du volet" });
    await views.getByRole("tab", { name: "Plan de financement" }).click();
    await page.getByRole("button", { name: "Vérifier le plan de financement" }).click();
    await page.getByRole("list", { name: "Résultats de la vérification" }).waitFor();
    await views.getByRole("tab", { name: "Synthèse pour les élus" }).click();
    await page.getByRole("img", { name: /Dette : annuité de l'exercice/ }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "excel-summary.png"), fullPage: true });
  });
});

describe("bâtir le budget dans un volet de 360 px", () => {
  const CA_2021 = path.resolve(__dirname, "../../../shared/data/budgets/04_crach_CA2021_principal/totem.xml");

  it("prépare le BP depuis le CA, puis le montre par chapitre, sans dépasser la largeur du volet", async () => {
    const page = await suite.browser.newPage({ viewport: { width: 360, height: 900 } });
    const errors = collectPageErrors(page);
    await page.goto(`${suite.url}/excel.html`);
    const views = page.getByRole("tablist", { name: "Vues du volet" });
    await views.getByRole("tab", { name: "Créer un budget" }).click();
    await page.getByLabel("Compte administratif ou CFU de l'exercice précédent (XML)").setInputFiles(CA_2021);
    await page.getByText(/^Compte 2021 : résultat de fonctionnement/).waitFor();
    await page.getByRole("textbox", { name: "Affectation au 1068 votée par le conseil" }).fill("1 111 404,25");
    await page.getByRole("button", { name: "Créer le budget primitif 2022" }).click();
    await page.getByRole("button", { name: "Remplacer" }).click();
    await page.getByText(/^Budget primitif 2022 créé avec la reprise du compte 2021/).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "excel-reprise-360.png"), fullPage: true });
    await views.getByRole("tab", { name: "Vote par chapitre" }).click();
    await page.getByRole("button", { name: "Afficher le budget par chapitre" }).click();
    const table = page.getByRole("table", { name: "Recettes d'investissement" });
    await table.getByRole("row", { name: /^001 .*182\s736,54\s€$/ }).waitFor();
    // The pane's own content stays within 360 px (the simulated sheet below it exists only in the preview).
    const box = await table.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: path.join(ARTIFACTS, "excel-chapitres-360.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
