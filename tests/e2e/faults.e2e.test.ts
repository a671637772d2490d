import path from "node:path";
import type { BrowserContext, Page, Request } from "playwright-core";
import { DEFAULT_REQUEST_TIMEOUT_MS } from "@shared/data/graph/fetch-handler";
import type { FaultKind, LocalStore } from "../../local-store";
import { startBrowserSuite } from "../support/browser-suite";
import type { BrowserSuite } from "../support/browser-suite";
import { storedCopies } from "../support/stored-copies";
import {
  addPoint,
  answerQuestion,
  askQuestion,
  giveAvis,
  saveAvis,
  pendingBanner,
  proposeClause,
  retryOnceBack,
  sendConvocation,
  viewAs,
  waitUntilSent,
} from "../support/teams-journeys";

const ARTIFACTS = path.resolve(__dirname, "../artifacts");
const AVIS_POINT = { numero: 4, region: "4. Tarifs de la restauration scolaire à la rentrée" };

/** Failed requests are the subject of these tests: the browser's own reports of them are not page errors. */
const NETWORK_NOISE = /Failed to load resource|net::ERR_/;

/** What the page asks of the local server besides its files: the Graph API and « Voir comme »'s identities. */
const LOCAL_SERVER_API = /\/(v1\.0|local-auth)\//;

describe("les parcours Teams quand le stockage répond mal ou que le réseau est coupé", () => {
  let env: BrowserSuite;
  let store: LocalStore;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  const open = async (view: string) => {
    await page.goto(`${env.url}/teams.html?view=${view}`);
    await page.getByRole("tablist", { name: "Vues de l'onglet" }).waitFor();
  };
  const injected = (kind: FaultKind) => store.faults.injected.filter((f) => f.kind === kind).length;
  const pendingList = () => page.getByRole("list", { name: "Saisies en attente d'envoi" });
  const until = async (condition: () => boolean) => {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 50));
  };
  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `faults-${name}.png`), fullPage: true });

  // A store, a browser and a context of their own for each journey: faults, outbox and offline state never leak.
  beforeEach(async () => {
    env = await startBrowserSuite();
    store = env.store;
    ({ page, errors } = await env.newPage());
    context = page.context();
  });
  afterEach(async () => {
    await env?.close();
    expect(errors.filter((e) => !NETWORK_NOISE.test(e))).toEqual([]);
  });

  it("429 avec Retry-After : la séance est préparée après l'attente demandée, chaque écriture une fois", async () => {
    const point = "Acquisition d'un défibrillateur pour la salle des sports";
    await open("seance");
    store.faults.add({ kind: "throttle", path: "$batch", times: 2, retryAfter: "1" });
    const started = Date.now();
    await addPoint(page, point, "Michel Rousseau");
    await page.getByLabel("Objet du point 9").waitFor();
    // Twice the second the store asked for, no less: the client honours Retry-After.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
    await expect(page.getByLabel("Objet du point 9").inputValue()).resolves.toBe(point);
    // The same inside a batch: Graph throttles one sub-request and answers the others.
    store.faults.add({ kind: "throttle", scope: "batch-item", method: "PATCH", times: 1, retryAfter: "1" });
    await sendConvocation(page);
    await page.getByText("Convocation enregistrée", { exact: false }).waitFor();
    expect(injected("throttle")).toBe(3);
    await expect(pendingBanner(page).count()).resolves.toBe(0);
    await shot("429");

    expect(await storedCopies(store, "points", (p) => p.titre === point)).toBe(1);
    expect(await storedCopies(store, "seances", (s) => s.statut === "convoquee" && s.convocationLe !== undefined)).toBe(
      1,
    );
  });

  it("503 répétés : l'avis de l'élu est montré en attente tant que le service est indisponible, puis enregistré une fois", async () => {
    const comment = "Prévoir un tarif réduit pour les familles nombreuses.";
    await open("review");
    await viewAs(page, /^Élu — Sophie Garnier/);
    // Retry-After 0: the client's own retries are spent at once, and the write goes to the outbox.
    store.faults.add({ kind: "unavailable", path: "$batch", retryAfter: "0" });
    const region = await giveAvis(page, AVIS_POINT.region, AVIS_POINT.numero, comment);
    await page
      .getByRole("status")
      .getByText(/^1\savis gardé en attente d'envoi\.$/)
      .waitFor();
    await pendingBanner(page).waitFor();
    await expect(pendingBanner(page).textContent()).resolves.toBe("1 modification en attente d'envoi");
    await pendingList().getByText(comment, { exact: false }).waitFor();
    await expect(region.getByLabel(`Commentaire sur le point ${AVIS_POINT.numero}`).inputValue()).resolves.toBe(
      comment,
    );
    // Impatient, the élu saves again while the service is still down: still one write waiting, not two.
    await saveAvis(page).click();
    await until(() => injected("unavailable") >= 8);
    await expect(pendingBanner(page).textContent()).resolves.toMatch(/^1 modification en/);
    await shot("503-en-attente");
    expect(await storedCopies(store, "avis", (a) => a.commentaire === comment)).toBe(0);

    // The service comes back: the outbox sends the avis on its own, without the élu doing anything.
    store.faults.clear();
    await waitUntilSent(page);
    expect(await storedCopies(store, "avis", (a) => a.commentaire === comment)).toBe(1);
  });

  it("réponse plus lente que le délai du client : la question est renvoyée, jamais stockée deux fois", async () => {
    const sujet = "Publication du procès-verbal sur le site";
    const heldMs = 8_000;
    // The page's clock runs on, but the test can jump it past the client's timeout instead of waiting 30 s.
    await page.clock.install();
    await open("network");
    store.faults.add({ kind: "delay", path: "$batch", delayMs: heldMs, times: 1 });
    const heldFrom = Date.now();
    // The store holds the first $batch it receives from now on: what became of that request is the proof that the
    // page gave up on it, rather than a duration (a loaded machine would make any bound flaky).
    let held: Request | undefined;
    let heldOutcome: "en attente" | "abandonnée" | "répondue" = "en attente";
    page.on("request", (request) => {
      if (!held && request.url().endsWith("/$batch")) held = request;
    });
    page.on("requestfailed", (request) => {
      if (request === held) heldOutcome = "abandonnée";
    });
    page.on("requestfinished", (request) => {
      if (request === held) heldOutcome = "répondue";
    });
    await askQuestion(page, sujet, "Faut-il publier le PV complet ou un extrait sur le site internet ?");
    await until(() => injected("delay") === 1);
    // The first try is on its way, not failed: the page says so, and no more.
    await page.getByText("1 modification en cours d'envoi").waitFor();
    await page.clock.fastForward(DEFAULT_REQUEST_TIMEOUT_MS + 1_000);
    const thread = page.getByRole("region", { name: sujet });
    await thread.waitFor();
    // The page gave up on the held request and sent it again, instead of waiting for the server.
    expect(heldOutcome).toBe("abandonnée");
    await answerQuestion(
      page,
      sujet,
      "Le procès-verbal complet, dans la semaine qui suit la séance où il est arrêté.",
      "CGCT L2121-15",
    );
    await thread.getByText("CGCT L2121-15", { exact: false }).waitFor();

    // The held request reaches the store in the end (a wait, not a bound): it must find the question already there.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, heldFrom + heldMs + 500 - Date.now())));
    expect(await storedCopies(store, "questions", (q) => q.sujet === sujet)).toBe(1);
    expect(await storedCopies(store, "reponses", (r) => r.reference === "CGCT L2121-15")).toBe(1);
  });

  it("connexion coupée après l'écriture : point, convocation et clause ne sont stockés qu'une fois, sans faux conflit", async () => {
    const point = "Renouvellement du contrat d'entretien de l'éclairage public";
    const clause = "Délégation au maire pour les marchés à procédure adaptée";
    await open("seance");
    store.faults.add({ kind: "drop-after", path: "$batch", times: 1 });
    await addPoint(page, point, "Claire Dubois");
    await page.getByLabel("Objet du point 9").waitFor();
    store.faults.add({ kind: "drop-after", path: "$batch", times: 1 });
    await sendConvocation(page);
    await page.getByText("Convocation enregistrée", { exact: false }).waitFor();
    await expect(page.getByText("Modifié par quelqu'un d'autre").count()).resolves.toBe(0);

    await page.getByRole("tab", { name: "Réseau" }).click();
    store.faults.add({ kind: "drop-after", path: "$batch", times: 2 });
    await proposeClause(
      page,
      clause,
      "Le conseil municipal délègue au maire la préparation, la passation et l'exécution des marchés à procédure adaptée.",
    );
    await page.getByText("Clause proposée : un référent du réseau la validera.").waitFor();
    expect(injected("drop-after")).toBe(4);
    await expect(pendingBanner(page).count()).resolves.toBe(0);

    expect(await storedCopies(store, "points", (p) => p.titre === point)).toBe(1);
    expect(await storedCopies(store, "seances", (s) => s.statut === "convoquee")).toBe(1);
    expect(await storedCopies(store, "clauses", (c) => c.intitule === clause)).toBe(1);
    expect(await storedCopies(store, "clauseVersions", (v) => v.titre === `${clause} v1`)).toBe(1);
  });

  it("réseau coupé pendant l'enregistrement, page rechargée : rien n'est perdu, tout part une fois au retour du réseau", async () => {
    const points = [
      "Vente d'un délaissé communal au lieu-dit La Croix",
      "Dénomination de la nouvelle voie du lotissement des Tilleuls",
    ];
    const sujet = "Affichage des délibérations et publication électronique";
    const question = "Depuis la réforme de 2022, l'affichage papier est-il encore obligatoire en plus du site ?";
    await open("seance");
    await page.getByLabel("Objet du nouveau point").waitFor();
    await context.setOffline(true);
    for (const point of points) await addPoint(page, point, "Michel Rousseau");
    await page.getByText("2 modifications en attente d'envoi").waitFor();
    await page.getByRole("tab", { name: "Réseau" }).click();
    await askQuestion(page, sujet, question);
    await page.getByText("3 modifications en attente d'envoi").waitFor();

    // The store stays out of reach, but the page itself can load again: the user reloads it.
    await page.route("**/v1.0/**", (route) => route.abort("internetdisconnected"));
    await context.setOffline(false);
    await page.reload();
    await page.getByText("3 modifications en attente d'envoi").waitFor();
    for (const text of [...points, question]) await pendingList().getByText(text, { exact: false }).waitFor();
    await shot("hors-ligne-recharge");
    expect(await storedCopies(store, "points", (p) => points.includes(p.titre))).toBe(0);

    // The network comes back and the browser says so: the page reads the lists again and sends what waited.
    await context.setOffline(true);
    await page.unroute("**/v1.0/**");
    await context.setOffline(false);
    await page.getByRole("tablist", { name: "Vues de l'onglet" }).waitFor();
    await waitUntilSent(page);
    for (const point of points) expect(await storedCopies(store, "points", (p) => p.titre === point)).toBe(1);
    expect(await storedCopies(store, "questions", (q) => q.sujet === sujet)).toBe(1);
    // Once sent, the views read the lists again; the two points added offline follow each other.
    await page.getByLabel("Objet du point 10").waitFor();
    await expect(page.getByLabel("Objet du point 9").inputValue()).resolves.toBe(points[0]);
    await expect(page.getByLabel("Objet du point 10").inputValue()).resolves.toBe(points[1]);
  }, 60_000);

  it("clause proposée pendant une coupure, page rechargée : son texte revient et la clause n'est stockée qu'une fois", async () => {
    const intitule = "Délégation au maire pour ester en justice";
    const texte =
      "Le conseil municipal délègue au maire le pouvoir d'intenter au nom de la commune les actions en justice.";
    await open("network");
    await page.getByRole("tab", { name: "Clauses partagées" }).click();
    await page.getByLabel("Intitulé de la clause").waitFor();
    await context.setOffline(true);
    await proposeClause(page, intitule, texte);
    await page.getByText("La clause est gardée en attente", { exact: false }).waitFor();
    await pendingList().getByText(intitule, { exact: false }).waitFor();

    // The whole local server is out of reach: the store's API and the preview's identities alike.
    await page.route(LOCAL_SERVER_API, (route) => route.abort("internetdisconnected"));
    await context.setOffline(false);
    await page.reload();
    await pendingList().getByText(intitule, { exact: false }).waitFor();
    await page.unroute(LOCAL_SERVER_API);
    await retryOnceBack(page);
    await waitUntilSent(page);
    expect(await storedCopies(store, "clauses", (c) => c.intitule === intitule)).toBe(1);

    // The clause is stored; its text, which needs the clause's id, waited in this browser and is back in the form.
    await page.getByRole("tab", { name: "Clauses partagées" }).click();
    await page.getByText("Proposition non terminée", { exact: false }).waitFor();
    await expect(page.getByLabel("Texte proposé").inputValue()).resolves.toBe(texte);
    await page.getByRole("button", { name: "Proposer la clause" }).click();
    await page.getByText("Clause proposée : un référent du réseau la validera.").waitFor();
    await expect(page.getByLabel("Texte proposé").inputValue()).resolves.toBe("");
    expect(await storedCopies(store, "clauses", (c) => c.intitule === intitule)).toBe(1);
    expect(await storedCopies(store, "clauseVersions", (v) => v.texte === texte)).toBe(1);
  }, 60_000);
});
