import type { Page } from "playwright-core";
import { settled } from "./page-state";

/**
 * Every view of the three pages, for the browser journeys that visit them all (axe-core, pane widths): each view is
 * reached by the steps that lead to it from the previous one, in its most complete state.
 */
export type Step = (page: Page) => Promise<void>;

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

export const WORD: readonly [string, ...Step[]][] = [
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
    waitText(/clauses? dans l'ordre légal, dont \d+\svalidées? par un référent du réseau/),
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

export const EXCEL: readonly [string, ...Step[]][] = [
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

export const TEAMS: readonly [string, ...Step[]][] = [
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
