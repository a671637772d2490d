import path from "node:path";
import { LocalTokenProvider } from "@shared/data/auth/local-token-provider";
import { createGraphClient } from "@shared/data/graph/create-graph-client";
import { createRepositories } from "@shared/data/graph/repositories";
import { collectPageErrors } from "../support/chromium";
import { ARTIFACTS, startStoreBrowser } from "../support/store-browser";
import { proposeClause, viewAs } from "../support/teams-journeys";
import type { StoreBrowser } from "../support/store-browser";

const SECRETARY = "secretariat@saint-aubin-sur-loire.example";
const REFERENT = "p.durand@cdg49.example";
const TITLE = "Considérant sur le défibrillateur de la salle des sports";

describe("le volet Word et les clauses du réseau, sur le stockage local", () => {
  let env: StoreBrowser;
  let clauseId = "";

  // Each member reaches the lists with their own token, as the Teams tab does for the person signed in.
  const reposAs = (email: string) =>
    createRepositories(
      createGraphClient({
        baseUrl: env.store.graphBaseUrl,
        tokenProvider: new LocalTokenProvider(env.store.tokens.forMember(email)),
      }),
      env.store.siteId,
    );
  const proposeAndValidate = async (version: number, texte: string) => {
    const created = await reposAs(SECRETARY).clauseVersions.create({
      titre: `${TITLE} v${version}`,
      clause: clauseId,
      version,
      texte,
      auteur: "Claire Moreau",
    });
    // The référent's decision, an item of his in the validations list: SharePoint records who and when.
    await reposAs(REFERENT).validationsClauses.create({
      titre: created.titre,
      clause: clauseId,
      version,
      texte,
      decision: "validee",
    });
  };
  const documentPage = () => env.page.getByTestId("simulated-document");

  beforeAll(async () => {
    env = await startStoreBrowser("word-network-e2e");
  });
  afterAll(() => env?.close());

  it("une secrétaire propose une clause dans l'onglet Teams, le référent la valide", async () => {
    const teams = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const teamsErrors = collectPageErrors(teams);
    await teams.goto(`${env.url}/teams.html?view=network`);
    await teams.getByLabel("Voir comme").locator("option", { hasText: "Paul Durand" }).waitFor({ state: "attached" });
    await viewAs(teams, /Claire Moreau/);
    await proposeClause(
      teams,
      TITLE,
      "Considérant que la commune de {{commune}} doit équiper la salle des sports d'un défibrillateur ;",
    );
    await teams.getByText("Clause proposée : un référent du réseau la validera.").waitFor();
    await viewAs(teams, /Paul Durand/);
    await teams.getByRole("tab", { name: "Clauses partagées" }).click();
    const validate = teams.getByRole("button", { name: `Valider : ${TITLE} — version 1` });
    await validate.click();
    await validate.waitFor({ state: "detached" });
    const clause = (await reposAs(REFERENT).clauses.items()).records.find((c) => c.intitule === TITLE);
    clauseId = clause?.id ?? "";
    const decisions = (await reposAs(SECRETARY).validationsClauses.items({ clause: clauseId })).records;
    expect(decisions.map((d) => [d.version, d.decision, d.createdBy?.displayName])).toEqual([
      [1, "validee", "Paul Durand"],
    ]);
    expect(teamsErrors).toEqual([]);
    await teams.close();
  });

  it("la clause validée est offerte dans le volet Word et insérée avec son identifiant et sa version", async () => {
    await env.page.goto(`${env.url}/word.html`);
    await env.page.getByText(/versions? de clauses du réseau ajoutées? à la bibliothèque intégrée/).waitFor();
    await env.page.getByRole("searchbox", { name: "Rechercher une clause" }).fill("défibrillateur");
    const item = env.page
      .getByRole("list", { name: "Clauses trouvées" })
      .getByRole("button", { name: new RegExp(TITLE) });
    // The badges stand beside the button, in the same list item: the button's name stays the clause's title.
    await env.page
      .getByRole("listitem")
      .filter({ has: env.page.getByRole("button", { name: new RegExp(TITLE) }) })
      .getByText("Réseau")
      .waitFor();
    await item.click();
    await env.page
      .getByText(/^Version 1 — clause du réseau, validée le \d+(?:er)? \S+ \d{4} par Paul Durand$/)
      .waitFor();
    await env.page.getByRole("textbox", { name: "Nom de la commune" }).fill("Saint-Aubin-sur-Loire");
    await env.page.getByRole("button", { name: "Insérer" }).click();
    await env.page.getByText(`« ${TITLE} » insérée (version 1).`).waitFor();
    const inserted = documentPage().locator(`p[data-clause="reseau-${clauseId}:v1"]`);
    expect(await inserted.allTextContents()).toEqual([
      "Considérant que la commune de Saint-Aubin-sur-Loire doit équiper la salle des sports d'un défibrillateur ;",
    ]);
    await env.page.screenshot({ path: path.join(ARTIFACTS, "word-network-clause.png"), fullPage: true });
  });

  it("une version plus récente validée ensuite est proposée en mise à jour et remplace l'ancienne", async () => {
    await env.page.getByRole("tab", { name: "Mises à jour" }).click();
    await env.page.getByText("1 clause de la bibliothèque dans le document, 0 à mettre à jour.").waitFor();
    await proposeAndValidate(
      2,
      "Considérant que la commune de {{commune}} doit équiper la salle des sports et la mairie d'un défibrillateur ;",
    );
    await env.page.getByRole("button", { name: "Rechercher les mises à jour" }).click();
    const card = env.page.getByRole("group", { name: `Mise à jour : ${TITLE}` });
    await card
      .getByText(/^Version 1 dans le document, version 2 validée le \d+(?:er)? \S+ \d{4} par Paul Durand\.$/)
      .waitFor();
    await env.page.screenshot({ path: path.join(ARTIFACTS, "word-network-update.png"), fullPage: true });
    await card.getByRole("button", { name: "Mettre à jour" }).click();
    await env.page.getByText(/mise à jour en version 2/).waitFor();
    expect(await documentPage().locator(`p[data-clause="reseau-${clauseId}:v2"]`).allTextContents()).toEqual([
      "Considérant que la commune de Saint-Aubin-sur-Loire doit équiper la salle des sports et la mairie d'un défibrillateur ;",
    ]);
    expect(await documentPage().locator(`p[data-clause="reseau-${clauseId}:v1"]`).count()).toBe(0);
  });

  it("une clause validée qui vise le code des communes est montrée à revoir avec le message de la règle ; aucune erreur de console", async () => {
    const clause = await reposAs(SECRETARY).clauses.create({
      intitule: "Visa du code des communes",
      categorie: "deliberation visa",
    });
    clauseId = clause.id;
    await proposeAndValidate(1, "Vu le code des communes ;");
    await env.page.getByRole("button", { name: "Rechercher les mises à jour" }).click();
    await env.page.getByRole("tab", { name: "Clauses" }).click();
    await env.page.getByRole("searchbox", { name: "Rechercher une clause" }).fill("code des communes");
    const item = env.page
      .getByRole("list", { name: "Clauses trouvées" })
      .getByRole("button", { name: /Visa du code des communes/ });
    await env.page
      .getByRole("listitem")
      .filter({ has: env.page.getByRole("button", { name: /Visa du code des communes/ }) })
      .getByText("À revoir")
      .waitFor();
    await item.click();
    await env.page
      .getByText(
        /Clause à revoir, non proposée comme validée : DEL-008 : « code des communes » : le code des communes est abrogé/,
      )
      .waitFor();
    expect(env.errors).toEqual([]);
  });

  it("si le morceau de la couche de données ne se charge pas (réseau coupé), le volet reste sur la bibliothèque intégrée et le dit", async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The pane's code loads; the chunk of the network's clauses (named in pane.tsx) is refused, as when the network
    // drops once the pane is shown.
    await page.route(/\/network-clauses\.[^/]+\.js$/, (route) => route.abort("internetdisconnected"));
    await page.goto(`${env.url}/word.html`);
    await page
      .getByText(
        "Clauses du réseau inaccessibles (module de connexion non chargé, réseau coupé ?) : le volet propose la bibliothèque intégrée.",
      )
      .waitFor();
    await page.getByRole("searchbox", { name: "Rechercher une clause" }).fill("voies et délais de recours");
    await expect(
      page.getByRole("list", { name: "Clauses trouvées" }).getByRole("button").count(),
    ).resolves.toBeGreaterThan(0);
    await page.close();
  });
});
