import { LocalTokenProvider } from "@shared/data/auth/local-token-provider";
import { loadClassification, saveClassification } from "@shared/data/drive/classification-file";
import { GraphDocuments } from "@shared/data/drive/graph-documents";
import { publicationFileName, publicationFolder, publishActPage } from "@shared/data/drive/publish-act";
import { createGraphClient } from "@shared/data/graph";
import { send } from "@shared/data/graph/transport";
import { completeRecord } from "@shared/domain/transmission/record.test-support";
import { startHarness } from "./store-harness";
import type { Harness } from "./store-harness";

const SECRETAIRE = "secretariat@saint-aubin-sur-loire.example";
const SOPHIE = "s.garnier@saint-aubin-sur-loire.example";
const LUC = "luc.martin@les-essarts-le-bas.example";

describe("bibliothèque « Publications » sur le stockage local", () => {
  let h: Harness;
  const connectionOf = (email: string) =>
    createGraphClient({
      baseUrl: h.store.graphBaseUrl,
      tokenProvider: new LocalTokenProvider(h.store.tokens.forMember(email)),
      retry: { sleep: async () => undefined },
    });
  const library = (email: string) =>
    new GraphDocuments(connectionOf(email), h.store.siteId, { library: "Publications" });
  const publish = (email: string, communeId = "1") =>
    publishActPage(library(email), {
      communeId,
      communeName: "Commune de l'essai",
      acteId: "7",
      record: completeRecord({ publication: "electronique" }),
      actHref: "https://exemple.test/acte.pdf",
      today: "2026-12-02",
    });

  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.stop());

  it("le secrétariat y met la page d'un acte ; les élus de la commune la lisent ; la page est datée et échappée", async () => {
    const file = await publish(SECRETAIRE);
    expect(file.name).toBe(publicationFileName("7"));
    expect(file.webUrl).toMatch(/\/Publications\/Commune%201\/acte-7\.html$/);
    const read = await library(SOPHIE).get(file.id);
    expect(read.id).toBe(file.id);
    const page = new TextDecoder().decode(await library(SOPHIE).download(file.id));
    expect(page).toContain("Mis en ligne le 02/12/2026, en ligne au moins jusqu'au 02/02/2027.");
    expect(page).toContain('<a href="https://exemple.test/acte.pdf">');
    // Publishing again (a record save that failed) replaces the page: one file per act.
    const again = await publish(SECRETAIRE);
    expect(again.id).toBe(file.id);
  });

  it("refuse l'écriture à un élu, et la lecture aux élus d'une autre commune", async () => {
    await expect(publish(SOPHIE)).rejects.toMatchObject({ status: 403 });
    const file = await publish(SECRETAIRE);
    await h.repos.membres.create({ nom: "Luc Martin", email: LUC, role: "elu", commune: "2" });
    await expect(library(LUC).get(file.id)).rejects.toMatchObject({ status: 404 });
    // The secretary serves the second commune as well: its own folder.
    expect((await publish(SECRETAIRE, "2")).webUrl).toContain(`/${encodeURIComponent(publicationFolder("2"))}/`);
  });

  it("est une bibliothèque de documents que seul l'administrateur crée, et la seule que ce stockage sache créer", async () => {
    const lists = await send(h.connection, { method: "GET", path: `/sites/${h.store.siteId}/lists` });
    const titles = ((lists.body as { value: { displayName: string; list: { template: string } }[] }).value ?? []).map(
      (l) => `${l.displayName}:${l.list.template}`,
    );
    expect(titles).toContain("Publications:documentLibrary");
    const again = await send(h.connection, {
      method: "POST",
      path: `/sites/${h.store.siteId}/lists`,
      body: { displayName: "Publications", list: { template: "documentLibrary" } },
    });
    expect(again.status).toBe(409);
    const other = await send(h.connection, {
      method: "POST",
      path: `/sites/${h.store.siteId}/lists`,
      body: { displayName: "Archives", list: { template: "documentLibrary" } },
    });
    expect(other.status).toBe(501);
    const bySecretary = await send(connectionOf(SECRETAIRE), {
      method: "POST",
      path: `/sites/${h.store.siteId}/lists`,
      body: { displayName: "Archives", list: { template: "documentLibrary" } },
    });
    expect(bySecretary.status).toBe(403);
  });

  it("garde la nomenclature de la commune : le secrétariat l'enregistre, les élus la relisent, pas l'écrivent", async () => {
    const table = new TextEncoder().encode(
      JSON.stringify({
        version: "Préfecture 2026",
        matieres: [{ code: "9", libelle: "Autres", sousMatieres: [{ code: "9.2", libelle: "Compétences propres" }] }],
      }),
    );
    expect(await loadClassification(library(SOPHIE), "1")).toBeUndefined();
    await expect(saveClassification(library(SOPHIE), "1", table)).rejects.toMatchObject({ status: 403 });
    expect(await saveClassification(library(SECRETAIRE), "1", table)).toMatchObject({ ok: true });
    const read = await loadClassification(library(SOPHIE), "1");
    expect(read?.ok && read.table.matieres[0]?.sousMatieres[0]?.code).toBe("9.2");
  });
});
