import type { Locator, Page } from "playwright-core";

/**
 * The Teams tab's main journeys as a user plays them, for the browser tests that rerun them under different
 * conditions (healthy store, injected faults, network cut). Each step stops once the page has taken the input.
 */

/** "Voir comme": the preview's stand-in for the signed-in Teams user. */
export async function viewAs(page: Page, person: RegExp): Promise<void> {
  const switcher = page.getByLabel("Voir comme");
  const people = await switcher.locator("option").allTextContents();
  const label = people.find((p) => person.test(p));
  if (!label) throw new Error(`Personne introuvable dans « Voir comme » : ${person}`);
  await switcher.selectOption({ label });
}

/** Stops once the form is empty again: the point is stored, or waits in the outbox. */
export async function addPoint(page: Page, titre: string, rapporteur: string): Promise<void> {
  const objet = page.getByLabel("Objet du nouveau point");
  await objet.fill(titre);
  await page.getByLabel("Rapporteur du nouveau point").fill(rapporteur);
  await page.getByRole("button", { name: "Ajouter le point" }).click();
  while ((await objet.inputValue()) !== "") await page.waitForTimeout(100);
}

export async function sendConvocation(page: Page): Promise<void> {
  await page.getByLabel("Mode d'envoi").selectOption("dematerialisee");
  await page.getByRole("button", { name: /nvoyer la convocation/ }).click();
}

/** The avis on the point whose region is named `point` ("9. Objet"), saved with the séance's one button. */
export async function giveAvis(page: Page, point: string, numero: number, commentaire: string): Promise<Locator> {
  const region = page.getByRole("region", { name: point });
  await region.getByRole("radio", { name: "Réserve" }).check();
  await region.getByLabel(`Commentaire sur le point ${numero}`).fill(commentaire);
  await saveAvis(page).click();
  return region;
}

/** The one save of an élu's avis on the séance. */
export const saveAvis = (page: Page): Locator => page.getByRole("button", { name: /^Enregistrer mes avis/ });

export async function askQuestion(page: Page, sujet: string, texte: string): Promise<void> {
  await page.getByLabel("Sujet").fill(sujet);
  await page.getByLabel("Votre question").fill(texte);
  await page.getByRole("button", { name: "Poser la question" }).click();
}

export async function answerQuestion(page: Page, sujet: string, texte: string, reference: string): Promise<Locator> {
  const thread = page.getByRole("region", { name: sujet });
  await thread.getByLabel(/Votre réponse/).fill(texte);
  await thread.getByLabel("Référence (article, circulaire)").fill(reference);
  await thread.getByRole("button", { name: "Répondre" }).click();
  return thread;
}

export async function proposeClause(page: Page, intitule: string, texte: string): Promise<void> {
  await page.getByRole("tab", { name: "Clauses partagées" }).click();
  await page.getByLabel("Intitulé de la clause").fill(intitule);
  await page.getByLabel("Texte proposé").fill(texte);
  await page.getByRole("button", { name: "Proposer la clause" }).click();
}

/** The banner of writes not yet on the server ("2 modifications en attente d'envoi", "1 modification en cours d'envoi"). */
export const pendingBanner = (page: Page): Locator => page.getByText(/\d+ modifications? en (attente|cours) d'envoi/);

/**
 * The store is reachable again: « Réessayer » reads the lists again (in the preview, who the page acts as comes
 * from them) and sends what waited.
 */
export async function retryOnceBack(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Réessayer" }).click();
  await page.getByRole("tablist", { name: "Vues de l'onglet" }).waitFor();
}

/** Waits until the outbox has sent everything: the banner is gone and localStorage holds no pending write. */
export async function waitUntilSent(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => window.localStorage.getItem("mairie.outbox") === null, undefined, {
    timeout,
    polling: 200,
  });
  await pendingBanner(page).waitFor({ state: "detached", timeout });
}
