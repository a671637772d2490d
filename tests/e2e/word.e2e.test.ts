import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { startPaneSuite } from "../support/browser-suite";
import type { PaneSuite } from "../support/browser-suite";
import { collectPageErrors } from "../support/chromium";
import { ARTIFACTS } from "../support/store-browser";

const HOSTILE = `<script>window.pwned = true</script><img src=x onerror="window.pwned = true"> Tarifs`;
// No store behind this server: the pane's two reads of the network's clauses get a 404, which Chromium reports itself.
const NO_STORE = /^Failed to load resource: the server responded with a status of 404/;

describe("le volet Word dans Chromium, sur le document simulé", () => {
  let suite: PaneSuite;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    suite = await startPaneSuite();
    page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    errors = collectPageErrors(page);
    await page.goto(`${suite.url}/word.html`);
    await page.getByRole("heading", { name: "Actes de la mairie" }).waitFor();
  });
  afterAll(() => suite?.close());

  const documentPage = () => page.getByTestId("simulated-document");

  it("cherche une clause, la remplit (saisie hostile comprise) et l'insère : le texte apparaît tel quel dans le document", async () => {
    await page.getByRole("searchbox", { name: "Rechercher une clause" }).fill("en-tête délibération");
    await page
      .getByRole("list", { name: "Clauses trouvées" })
      .getByRole("button", { name: "En-tête de la délibération" })
      .click();
    const objet = page.getByRole("textbox", { name: "Objet de l'acte" });
    await objet.fill("");
    // Left empty, the objet is an empty highlighted field of the text to insert, never an example.
    await page.getByText("À compléter : laissé vide et surligné dans l'acte.").first().waitFor();
    await page.getByTestId("rendered-text").locator("mark").first().waitFor();
    await objet.fill(HOSTILE);
    await page.getByTestId("rendered-text").getByText(`Objet : ${HOSTILE}`).waitFor();
    await page.getByRole("button", { name: "Insérer" }).click();
    await page.getByText("« En-tête de la délibération » insérée (version 1).").waitFor();
    const inserted = documentPage().locator('p[data-clause="en-tete-deliberation:v1"]');
    expect(await inserted.allTextContents()).toContain(`Objet : ${HOSTILE}`);
    expect(await documentPage().locator("script, img").count()).toBe(0);
    expect(await page.evaluate(() => (window as { pwned?: boolean }).pwned)).toBeUndefined();
    await page.screenshot({ path: path.join(ARTIFACTS, "word-clauses.png"), fullPage: true });
  });

  it("vérifie l'acte : une anomalie avec sa référence, un clic sélectionne le paragraphe", async () => {
    await page.getByRole("tab", { name: "Vérifier l'acte" }).click();
    await page.getByRole("button", { name: "Vérifier l'acte" }).click();
    const result = page.getByRole("region", { name: "Résultat de la vérification" });
    await result.getByText("Acte détecté : délibération").waitFor();
    const finding = result.getByRole("listitem").filter({ hasText: "code des communes" });
    await finding.getByText("DEL-008").waitFor();
    await finding.getByText(/^Référence : /).waitFor();
    await finding.getByRole("button").click();
    await documentPage().locator('p[aria-current="true"]', { hasText: "Vu le code des communes ;" }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "word-check.png"), fullPage: true });
  });

  it("met à jour une clause dont une version plus récente existe, en disant qu'elle n'est que proposée par l'équipe", async () => {
    await page.getByRole("tab", { name: "Clauses" }).click();
    await page
      .getByRole("switch", {
        name: "Afficher aussi les brouillons, les propositions du réseau et les versions retirées",
      })
      .check();
    await page.getByRole("searchbox", { name: "Rechercher une clause" }).fill("recours délibération");
    await page.getByRole("button", { name: /Voies et délais de recours contre une délibération \(v1\)/ }).click();
    await page.getByText(/non validée : à faire relire/).waitFor();
    await page.getByRole("button", { name: "Insérer" }).click();
    await page.getByText(/insérée \(version 1\)/).waitFor();
    await page.getByRole("tab", { name: "Mises à jour" }).click();
    const card = page.getByRole("group", { name: /Mise à jour : Voies et délais de recours/ });
    // The seed catalog is proposed by the team, never « validée » until a référent of the network validates it.
    await card
      .getByText("Version 1 dans le document, version 2 proposée par l'équipe, non validée par un référent du réseau.")
      .waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "word-updates.png"), fullPage: true });
    await card.getByRole("button", { name: "Mettre à jour" }).click();
    await page.getByText(/mise à jour en version 2/).waitFor();
    expect(await documentPage().locator('p[data-clause="recours-deliberation:v2"]').count()).toBeGreaterThan(0);
    expect(await documentPage().locator('p[data-clause="recours-deliberation:v1"]').count()).toBe(0);
  });

  it("assemble un acte complet ; sans stockage, le volet le dit et n'a produit aucune autre erreur de console", async () => {
    await page.getByRole("tab", { name: "Acte complet" }).click();
    await page.getByRole("combobox", { name: "Acte à assembler" }).selectOption("permission-de-voirie");
    await page.getByRole("button", { name: "Assembler un acte complet" }).click();
    await page.getByText(/Acte complet inséré/).waitFor();
    expect(await documentPage().locator('p[data-clause^="en-tete-arrete"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, "word-skeleton.png"), fullPage: true });
    await page
      .getByText(
        "Clauses du réseau inaccessibles (listes introuvables sur le site) : le volet propose la bibliothèque intégrée.",
      )
      .waitFor();
    expect(errors.filter((e) => !NO_STORE.test(e))).toEqual([]);
  });
});
