import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { makeClause } from "@shared/domain/acts/clauses/make-clause.test-support";
import { LocalTokenProvider } from "../auth/local-token-provider";
import { ConfigError } from "../auth/config";
import { createGraphClient } from "../graph/create-graph-client";
import { DataError } from "../graph/errors";
import { createRepositories } from "../graph/repositories";
import { startLocalStore } from "../../../local-store";
import type { LocalStore } from "../../../local-store";
import { catalogCategorie } from "./catalog-validations";
import { loadNetworkLibrary } from "./load";

const BUILT_IN = [makeClause({ id: "catalogue", title: "Clause du catalogue" })];
const TODAY = "2025-10-01";

describe("bibliothèque du réseau lue par Graph sur le stockage local", () => {
  let store: LocalStore;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "network-clauses-"));
    store = await startLocalStore({ port: 0, dataDir, seed: true });
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  // Pages of two items: the reads must follow @odata.nextLink to see every version.
  const repos = (token = store.tokens.admin()) =>
    createRepositories(
      createGraphClient({ baseUrl: store.graphBaseUrl, tokenProvider: new LocalTokenProvider(token) }),
      store.siteId,
      { pageSize: 2, retry: { maxAttempts: 1 } },
    );
  /** Validations are the référent's own items: the store records him as their author, as SharePoint does. */
  const referent = () => repos(store.tokens.forMember("p.durand@cdg49.example"));

  it("lit toutes les pages, fusionne avec le catalogue et ne propose que le validé", async () => {
    const r = repos();
    const clause = await r.clauses.create({ intitule: "Considérant du réseau", categorie: "deliberation considerant" });
    for (const n of [1, 2, 3]) {
      const texte = `Considérant la version ${n} ;`;
      await r.clauseVersions.create({ titre: `v${n}`, clause: clause.id, version: n, texte });
      if (n < 3)
        await referent().validationsClauses.create({
          titre: `v${n}`,
          clause: clause.id,
          version: n,
          texte,
          decision: "validee",
        });
    }
    const loaded = await loadNetworkLibrary(async () => r, BUILT_IN, TODAY);
    expect(loaded.unreachable).toBeUndefined();
    // The demo store holds three versions already (seed.ts): two validated versions of its recours clause, one proposal.
    expect(loaded.networkVersions).toBe(6);
    expect(loaded.library.list().map((c) => `${c.id}@${c.version}`)).toEqual([
      `reseau-${clause.id}@2`,
      "catalogue@1",
      "reseau-1@2",
    ]);
    const validated = loaded.library.get(`reseau-${clause.id}`);
    expect(validated?.validatedBy).toBe("Paul Durand");
    expect(validated?.validatedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("la validation d'une clause du catalogue par un référent est lue des listes, sans devenir une clause du réseau", async () => {
    const r = repos();
    const team = makeClause({
      id: "visa-equipe",
      template: "Vu le code ;",
      status: "proposee",
      validatedBy: undefined,
      validatedAt: undefined,
    });
    const record = await r.clauses.create({ intitule: "Visa de l'équipe", categorie: catalogCategorie("visa-equipe") });
    // A secretary's ValideeLe (the old column) validates nothing; the référent's decision does.
    await r.clauseVersions.create({
      titre: "Visa de l'équipe v1",
      clause: record.id,
      version: 1,
      texte: "Vu le code ;",
      valideeLe: "2026-11-20T11:00:00Z",
      valideePar: "Paul Durand",
    });
    const before = await loadNetworkLibrary(async () => r, [team], TODAY);
    expect(before.library.get("visa-equipe")?.status).toBe("proposee");
    // The old validation still reads, as a notice that a référent must validate again.
    expect(before.problems.map((p) => p.message)).toContainEqual(
      expect.stringContaining("était marquée validée par l'ancienne colonne « Validée le »"),
    );
    await referent().validationsClauses.create({
      titre: "Visa de l'équipe v1",
      clause: record.id,
      version: 1,
      texte: "Vu le code ;",
      decision: "validee",
    });
    const loaded = await loadNetworkLibrary(async () => r, [team], TODAY);
    expect(loaded.library.get("visa-equipe")).toMatchObject({ status: "validee", validatedBy: "Paul Durand" });
    expect(loaded.problems.map((p) => p.message).filter((m) => m.includes("Visa de l'équipe"))).toEqual([]);
    expect(loaded.library.history(`reseau-${record.id}`)).toEqual([]);
  });

  it("un élément hostile est une donnée : signalé, les autres restent offerts", async () => {
    const r = repos();
    const clause = await r.clauses.create({ intitule: "<img src=x onerror=alert(1)>", categorie: "deliberation" });
    await r.clauseVersions.create({
      titre: "v1",
      clause: clause.id,
      version: 1,
      texte: "Texte {{ <script> }} {accolade}",
    });
    await referent().validationsClauses.create({
      titre: "v1",
      clause: clause.id,
      version: 1,
      texte: "Texte {{ <script> }} {accolade}",
      decision: "validee",
    });
    const loaded = await loadNetworkLibrary(async () => r, BUILT_IN, TODAY);
    const hostile = loaded.library.history(`reseau-${clause.id}`)[0];
    expect(hostile).toMatchObject({ title: "<img src=x onerror=alert(1)>", status: "proposee", variables: [] });
    expect(hostile?.flags?.length).toBeGreaterThan(0);
    expect(loaded.library.list().map((c) => c.id)).toContain("catalogue");
  });

  it("listes injoignables : le catalogue seul, avec un avis en français", async () => {
    const down = await loadNetworkLibrary(
      async () => ({
        clauses: { items: () => Promise.reject(new DataError("réseau", 0)) },
        clauseVersions: { items: () => Promise.reject(new DataError("réseau", 0)) },
        validationsClauses: { items: () => Promise.reject(new DataError("réseau", 0)) },
      }),
      BUILT_IN,
      TODAY,
    );
    expect(down.unreachable).toBe(
      "Clauses du réseau inaccessibles (serveur injoignable) : le volet propose la bibliothèque intégrée.",
    );
    expect(down.library.list().map((c) => c.id)).toEqual(["catalogue"]);
    const misconfigured = await loadNetworkLibrary(
      () => Promise.reject(new ConfigError("Configuration des données invalide : « clientId » faux.")),
      BUILT_IN,
      TODAY,
    );
    expect(misconfigured.unreachable).toMatch(
      /^Clauses du réseau inaccessibles \(Configuration des données invalide : « clientId » faux\)/,
    );
  });

  it("stockage arrêté : l'erreur réseau réelle donne le même avis", async () => {
    const closedDir = mkdtempSync(path.join(os.tmpdir(), "network-clauses-closed-"));
    const closed = await startLocalStore({ port: 0, dataDir: closedDir });
    const r = createRepositories(
      createGraphClient({
        baseUrl: closed.graphBaseUrl,
        tokenProvider: new LocalTokenProvider(closed.tokens.admin()),
        retry: { maxAttempts: 1 },
      }),
      closed.siteId,
    );
    await closed.close();
    const loaded = await loadNetworkLibrary(async () => r, BUILT_IN, TODAY);
    rmSync(closedDir, { recursive: true, force: true });
    expect(loaded.unreachable).toMatch(/^Clauses du réseau inaccessibles/);
    expect(loaded.library.list().map((c) => c.id)).toEqual(["catalogue"]);
  });
});
