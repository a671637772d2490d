import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { LocalTokenProvider } from "@shared/data/auth/local-token-provider";
import { createGraphClient, createRepositories, DataError } from "@shared/data/graph";
import { startLocalStore } from "../../local-store";
import type { LocalStore } from "../../local-store";
import { graphCall } from "../contract/graph-call";
import { SimulatedDisk } from "./simulated-disk";

const ECHEANCES = "/lists/%C3%89ch%C3%A9ances/items";
const echeance = (libelle: string) => ({
  fields: {
    Title: libelle,
    CommuneLookupId: "2",
    Echeance: "2026-06-30T00:00:00Z",
    Categorie: "rh",
    MairieClientId: libelle,
  },
});
const titles = async (store: LocalStore): Promise<string[]> => {
  const answer = await graphCall(store, "GET", `${ECHEANCES}?expand=fields&$top=5000`);
  return (answer.body.value as { fields: { Title: string } }[]).map((item) => item.fields.Title);
};

describe("stockage local sur un disque plein ou défaillant", () => {
  let store: LocalStore | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it("disque plein : 507 en français, lectures servies, reprise quand la place revient, rien de perdu", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mairie-full-"));
    const disk = new SimulatedDisk();
    store = await startLocalStore({ port: 0, dataDir, seed: true, fs: disk });
    expect((await graphCall(store, "POST", ECHEANCES, echeance("avant"))).status).toBe(201);

    disk.freeBytes = 40;
    const refused = await graphCall(store, "POST", ECHEANCES, echeance("pendant"));
    expect(refused).toMatchObject({ status: 507, body: { error: { code: "quotaLimitReached" } } });
    expect(refused.body.error?.message).toMatch(/^Le disque du stockage local est plein/);
    // Reads go on; the refused write is nowhere, not even in memory.
    expect(await titles(store)).toContain("avant");
    expect(await titles(store)).not.toContain("pendant");
    const batch = await graphCall(store, "POST", "/$batch", {
      requests: [{ id: "1", method: "POST", url: `/sites/root${ECHEANCES}`, body: echeance("en lot") }],
    });
    expect((batch.body.responses as { status: number }[])[0]?.status).toBe(507);

    disk.freeBytes = Number.POSITIVE_INFINITY;
    expect((await graphCall(store, "POST", ECHEANCES, echeance("après"))).status).toBe(201);
    await store.close();

    store = await startLocalStore({ port: 0, dataDir });
    expect(store.journalReport.damaged).toEqual([]);
    const after = await titles(store);
    expect(after.filter((t) => ["avant", "pendant", "en lot", "après"].includes(t))).toEqual(["avant", "après"]);
  });

  it("erreur d'entrée-sortie : 503 en français, puis reprise", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mairie-eio-"));
    const disk = new SimulatedDisk();
    store = await startLocalStore({ port: 0, dataDir, seed: true, fs: disk });
    disk.failing.add("fsync");
    const refused = await graphCall(store, "POST", ECHEANCES, echeance("perdue"));
    expect(refused).toMatchObject({ status: 503, body: { error: { code: "serviceNotAvailable" } } });
    expect(refused.body.error?.message).toMatch(/^Le disque du stockage local ne répond pas \(EIO\)/);
    disk.failing.clear();
    expect((await graphCall(store, "POST", ECHEANCES, echeance("gardée"))).status).toBe(201);
    await store.close();
    store = await startLocalStore({ port: 0, dataDir });
    expect(await titles(store)).toEqual(expect.arrayContaining(["gardée"]));
    expect(await titles(store)).not.toContain("perdue");
  });

  it("le client Graph montre la phrase française du stockage (disque plein, disque défaillant), pas « erreur (507) »", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mairie-full-client-"));
    const disk = new SimulatedDisk();
    const running = await startLocalStore({ port: 0, dataDir, seed: true, fs: disk });
    store = running;
    const retry = { sleep: () => Promise.resolve(), random: () => 0.5 };
    const connection = createGraphClient({
      baseUrl: running.graphBaseUrl,
      tokenProvider: new LocalTokenProvider(running.tokens.admin()),
      retry,
    });
    const repos = createRepositories(connection, running.siteId, { retry });
    const draft = { libelle: "Budget", commune: "2", due: "2026-06-30T00:00:00Z", categorie: "rh" as const };
    const refusal = async (clientId: string) => {
      const error = await repos.echeances.create(draft, clientId).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataError);
      return error as DataError;
    };

    disk.freeBytes = 40;
    const full = await graphCall(running, "POST", ECHEANCES, echeance("sans place"));
    const fullError = await refusal("plein");
    expect(fullError.status).toBe(507);
    expect(fullError.message).toBe(full.body.error?.message);
    expect(fullError.message).toMatch(
      /^Le disque du stockage local est plein : la modification n'a pas été enregistrée/,
    );

    disk.freeBytes = Number.POSITIVE_INFINITY;
    disk.failing.add("fsync");
    const failing = await graphCall(running, "POST", ECHEANCES, echeance("disque muet"));
    const failingError = await refusal("muet");
    expect(failingError.status).toBe(503);
    expect(failingError.message).toBe(failing.body.error?.message);
    expect(failingError.message).toMatch(/^Le disque du stockage local ne répond pas \(EIO\)/);

    disk.failing.clear();
    expect((await repos.echeances.create(draft, "rétabli")).libelle).toBe("Budget");
  });

  it("démarre malgré une ligne abîmée au milieu du journal, la met de côté et le signale", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mairie-damaged-"));
    store = await startLocalStore({ port: 0, dataDir, seed: true });
    await graphCall(store, "POST", ECHEANCES, echeance("avant la ligne abîmée"));
    const journal = store.journalPath;
    await store.close();
    fs.appendFileSync(journal, '{"t":"item","listId":"x","item":\u0000garbage}\n');
    fs.appendFileSync(journal, `${JSON.stringify({ t: "mystère" })}\n`);
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    store = await startLocalStore({ port: 0, dataDir });
    await graphCall(store, "POST", ECHEANCES, echeance("après la ligne abîmée"));
    expect(store.journalReport.damaged.map((d) => d.reason)).toEqual(["JSON illisible", "enregistrement inconnu"]);
    expect(fs.readFileSync(store.journalReport.quarantineFile ?? "", "utf8")).toContain("garbage");
    expect(warn.mock.calls[0]?.[0]).toMatch(/2 ligne\(s\) du journal mise\(s\) de côté/);
    warn.mockRestore();
    expect(await titles(store)).toEqual(expect.arrayContaining(["avant la ligne abîmée", "après la ligne abîmée"]));
  });
});
