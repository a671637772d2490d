import { readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { LocalTokenProvider } from "@shared/data/auth/local-token-provider";
import { GraphDocuments } from "@shared/data/drive/graph-documents";
import { createGraphClient } from "@shared/data/graph/create-graph-client";
import { createRepositories } from "@shared/data/graph/repositories";
import { ARTIFACTS, startStoreBrowser } from "../support/store-browser";
import type { StoreBrowser } from "../support/store-browser";

const OBJET = "Convention de mise à disposition de la salle des sports";

describe("du point adopté au dossier de télétransmission, dans l'onglet Teams (stockage local)", () => {
  let env: StoreBrowser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    env = await startStoreBrowser("transmission-e2e");
    ({ page, errors } = env);
    // An adopted point of the demo séance, its projet in the séance's folder and its act's record, as the suite
    // leaves them once the projets are generated.
    const connection = createGraphClient({
      baseUrl: env.store.graphBaseUrl,
      tokenProvider: new LocalTokenProvider(env.store.tokens.admin()),
    });
    const repos = createRepositories(connection, env.store.siteId);
    const point = await repos.points.create({ titre: OBJET, seance: "2", numero: 9, nature: "deliberation" });
    const docs = new GraphDocuments(connection, env.store.siteId);
    const projet = await docs.upload("2", "Point 9 - projet.docx", new TextEncoder().encode("PK"), {
      conflict: "fail",
    });
    await docs.setColumns([{ id: projet.id, columns: { seance: "2", point: point.id, type: "projet-deliberation" } }]);
    const seance = await repos.seances.get("2");
    await repos.actes.create({
      objet: OBJET,
      type: "deliberation",
      numero: "2026-021",
      commune: seance.commune,
      seance: "2",
      point: point.id,
      date: seance.date,
      natureActes: "1",
    });
  });
  afterAll(() => env?.close());

  it("nomme chaque défaut, dit que la conversion demande Word ou SharePoint, puis télécharge le dossier", async () => {
    await page.goto(`${env.url}/teams.html`);
    const acts = page.getByRole("list", { name: "Actes après le vote" });
    const item = acts.getByRole("listitem").filter({ hasText: OBJET }).first();
    // 1. Préparer.
    await item.getByRole("button", { name: "Préparer la télétransmission" }).click();
    const panel = item.getByRole("group", { name: "Dossier de télétransmission" });
    const defects = panel.getByRole("list", { name: "Défauts de l'enveloppe" });
    // The dossier's form is its own chunk: it is there once loaded.
    await defects.waitFor();
    for (const rule of ["TDT-NUMERO", "TDT-CLASSIFICATION", "TDT-PDF"])
      await expect(defects.getByText(rule, { exact: true }).count()).resolves.toBe(1);
    await panel.getByRole("button", { name: "Convertir l'acte de la bibliothèque en PDF" }).click();
    await panel.getByText(/La conversion en PDF demande Word ou SharePoint/).waitFor();
    await panel.getByLabel("Numéro (@CTES)").fill("2026_021");
    await panel.getByLabel("Classification").selectOption("1.4");
    // 2. L'acte signé, en PDF.
    await panel.getByLabel("Ou l'acte signé (PDF)").setInputFiles({
      name: "acte-signe.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n"),
    });
    await panel.getByText("Enveloppe complète.").waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "teams-transmission.png"), fullPage: true });
    // 3. Télécharger.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      panel.getByRole("button", { name: "Télécharger le dossier (.zip)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("dossier-2026_021.zip");
    const saved = path.join(ARTIFACTS, "dossier-2026_021.zip");
    await download.saveAs(saved);
    const zip = await JSZip.loadAsync(readFileSync(saved));
    expect(Object.keys(zip.files).sort()).toEqual([
      "2026_021/01-acte-acte-signe.pdf",
      "2026_021/LISEZMOI.txt",
      "2026_021/manifeste.json",
    ]);
    await panel.getByText(/Dossier « dossier-2026_021\.zip » prêt/).waitFor();
    // Chromium logs the store's 501 to `?format=pdf`: the answer the page turned into its French message.
    expect(errors.filter((e) => !/status of 501/.test(e))).toEqual([]);
  });
});
