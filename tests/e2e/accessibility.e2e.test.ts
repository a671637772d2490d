import type { Page } from "playwright-core";
import { seriousViolations } from "../support/axe";
import { startBrowserSuite } from "../support/browser-suite";
import type { BrowserSuite } from "../support/browser-suite";
import { settled } from "../support/page-state";

type Step = (page: Page) => Promise<void>;

const tab =
  (list: string, name: string): Step =>
  async (page) => {
    await page.getByRole("tablist", { name: list }).getByRole("tab", { name }).click();
    await settled(page);
  };
const click =
  (name: string | RegExp): Step =>
  (page) =>
    page.getByRole("button", { name }).first().click();
const waitText =
  (text: RegExp): Step =>
  (page) =>
    page.getByText(text).first().waitFor();
const viewAs =
  (role: RegExp): Step =>
  async (page) => {
    const value = await page
      .getByLabel("Voir comme")
      .locator("option", { hasText: role })
      .first()
      .getAttribute("value");
    await page.getByLabel("Voir comme").selectOption(value ?? "");
    await settled(page);
  };

/** Each view of a page, reached by the steps that lead to it from the previous one, in its most complete state. */
const WORD: readonly [string, ...Step[]][] = [
  [
    "Clauses, une version ancienne ouverte",
    (p) =>
      p
        .getByRole("switch", {
          name: "Afficher aussi les brouillons, les propositions du réseau et les versions retirées",
        })
        .check(),
    (p) => p.getByRole("searchbox", { name: "Rechercher une clause" }).fill("recours délibération"),
    click(/Voies et délais de recours contre une délibération \(v1\)/),
    waitText(/non validée : à faire relire/),
  ],
  ["Clauses, insertion faite", click("Insérer"), waitText(/insérée \(version 1\)/)],
  [
    "Acte complet",
    tab("Vues du volet", "Acte complet"),
    waitText(/clauses dans l'ordre légal, dont \d+ validées par un référent du réseau/),
  ],
  [
    "Vérifier l'acte, résultats",
    tab("Vues du volet", "Vérifier l'acte"),
    click("Vérifier l'acte"),
    waitText(/^Acte détecté/),
  ],
  [
    "Mises à jour, une clause à mettre à jour",
    tab("Vues du volet", "Mises à jour"),
    waitText(/Version 1 dans le document, version 2 proposée par l'équipe, non validée par un référent du réseau/),
  ],
];

const EXCEL: readonly [string, ...Step[]][] = [
  ["Vérifier le budget, résultats", click("Vérifier le budget"), waitText(/^Vérification terminée/)],
  [
    "Créer un budget, remplacement à confirmer",
    tab("Vues du volet", "Créer un budget"),
    click("Créer un budget vierge"),
    waitText(/elles seront remplacées/),
  ],
  [
    "Créer un budget, paires d'ordre suivies",
    tab("Vues du volet", "Créer un budget"),
    (p) => p.getByRole("switch", { name: /Garder 023\/021/ }).click(),
    waitText(/suit le montant que vous tapez/),
  ],
  [
    "Vote par chapitre, tableaux",
    tab("Vues du volet", "Vote par chapitre"),
    click("Afficher le budget par chapitre"),
    (p) => p.getByRole("table", { name: "Dépenses de fonctionnement" }).waitFor(),
  ],
  [
    "Plan de financement, résultats et rapprochement du budget",
    tab("Vues du volet", "Plan de financement"),
    click("Vérifier le plan de financement"),
    waitText(/ — dépenses \(/),
    (p) => p.getByRole("list", { name: "Écarts entre le plan et le budget" }).waitFor(),
  ],
  [
    "Synthèse pour les élus",
    tab("Vues du volet", "Synthèse pour les élus"),
    (p) => p.getByRole("img").first().waitFor(),
  ],
];

const TEAMS: readonly [string, ...Step[]][] = [
  ["cockpit", tab("Vues de l'onglet", "Cockpit")],
  ["séance, secrétaire", tab("Vues de l'onglet", "Séances")],
  ["avis rassemblés, secrétaire", tab("Vues de l'onglet", "Avis des élus")],
  [
    "profil de la commune",
    tab("Vues de l'onglet", "Profil de la commune"),
    waitText(/^Profil incomplet|^Enregistrer le profil/),
  ],
  ["réseau : questions", tab("Vues de l'onglet", "Réseau")],
  ["réseau : clauses partagées", tab("Rubriques du réseau", "Clauses partagées")],
  ["réseau : calendrier", tab("Rubriques du réseau", "Calendrier")],
  ["réseau : annuaire", tab("Rubriques du réseau", "Annuaire")],
  ["réseau, référent : clauses à valider", viewAs(/^Référent/), tab("Rubriques du réseau", "Clauses partagées")],
  ["avis, élu", viewAs(/^Élu/), tab("Vues de l'onglet", "Avis des élus")],
  ["séance en lecture, élu", tab("Vues de l'onglet", "Séances")],
];

describe("axe-core sur chaque vue des trois pages, sans violation sérieuse ni critique", () => {
  let suite: BrowserSuite;

  beforeAll(async () => {
    suite = await startBrowserSuite();
  });
  afterAll(() => suite?.close());

  /** Walks the views in order and returns the violations found in each, keyed by view. */
  async function audit(
    url: string,
    heading: string,
    views: readonly [string, ...Step[]][],
  ): Promise<Record<string, string[]>> {
    const { page, errors } = await suite.newPage();
    await page.goto(url);
    await page.getByRole("heading", { name: heading }).waitFor();
    await settled(page);
    const found: Record<string, string[]> = {};
    for (const [name, ...steps] of views) {
      for (const step of steps) await step(page);
      await settled(page);
      found[name] = await seriousViolations(page);
    }
    found["erreurs de console"] = errors;
    await page.close();
    return found;
  }

  const none = (views: readonly [string, ...Step[]][]) =>
    Object.fromEntries([...views.map(([name]) => [name, []]), ["erreurs de console", []]]);

  it("le volet Word : clauses, acte complet, vérification, mises à jour", async () => {
    await expect(audit(`${suite.url}/word.html`, "Actes de la mairie", WORD)).resolves.toEqual(none(WORD));
  });

  it("le volet Excel : vérification du budget, création, plan de financement, synthèse", async () => {
    await expect(audit(`${suite.url}/excel.html`, "Budget de la commune", EXCEL)).resolves.toEqual(none(EXCEL));
  });

  it.each(["light", "dark", "contrast"])(
    "l'onglet Teams, thème %s : chaque vue de chaque rôle",
    async (theme) => {
      await expect(
        audit(`${suite.url}/teams.html?theme=${theme}`, "Mairie — secrétariat général", TEAMS),
      ).resolves.toEqual(none(TEAMS));
    },
    60_000,
  );
});
