import { LocalTokenProvider } from "@shared/data/auth/local-token-provider";
import { createGraphClient, createRepositories } from "@shared/data/graph";
import type { Repositories } from "@shared/data/graph";
import { startHarness } from "./store-harness";
import type { Harness } from "./store-harness";

const SOPHIE = "s.garnier@saint-aubin-sur-loire.example";
const REFERENT = "p.durand@cdg49.example";
const SECRETAIRE = "secretariat@saint-aubin-sur-loire.example";
/** Secretary of Les Essarts-le-Bas (commune 2) only, registered by the site's owner at the start of each test. */
const LUC = "luc.martin@les-essarts-le-bas.example";

type Answer = {
  status: number;
  body: {
    value?: { id: string; fields?: Record<string, unknown> }[];
    error?: { code?: string; message?: string };
    "@odata.nextLink"?: string;
    "@odata.deltaLink"?: string;
  };
};

describe("droits d'accès appliqués par le stockage local, en HTTP", () => {
  let h: Harness;
  const site = () => `${h.store.graphBaseUrl}/sites/${encodeURIComponent(h.store.siteId)}`;
  const repos = (email: string): Repositories =>
    createRepositories(
      createGraphClient({
        baseUrl: h.store.graphBaseUrl,
        tokenProvider: new LocalTokenProvider(h.store.tokens.forMember(email)),
        retry: { sleep: async () => undefined },
      }),
      h.store.siteId,
    );
  /** One raw Graph call as `email`; `url` is relative to the site, or absolute (a nextLink). */
  async function call(email: string, method: string, url: string, body?: unknown): Promise<Answer> {
    const response = await fetch(url.startsWith("http") ? url : `${site()}${url}`, {
      method,
      headers: { Authorization: `Bearer ${h.store.tokens.forMember(email)}`, "Content-Type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return {
      status: response.status,
      body: response.status === 204 ? {} : ((await response.json()) as Answer["body"]),
    };
  }
  const ids = (answer: Answer) => (answer.body.value ?? []).map((item) => item.id);

  beforeEach(async () => {
    h = await startHarness();
    await h.repos.membres.create({ nom: "Luc Martin", email: LUC, role: "secretaire", commune: "2" });
  });
  afterEach(() => h.stop());

  it("refuse à un élu de modifier une séance, un point ou l'avis d'un autre élu, avec un message en français", async () => {
    const seance = await call(SOPHIE, "PATCH", "/lists/S%C3%A9ances/items/1/fields", { Lieu: "Ailleurs" });
    expect(seance).toEqual({
      status: 403,
      body: {
        error: {
          code: "accessDenied",
          message: "« Séances » : seul le secrétariat de la commune concernée peut y écrire.",
          innerError: { date: expect.any(String) },
        },
      },
    });
    expect(
      await call(SOPHIE, "PATCH", "/lists/Ordre%20du%20jour/items/2/fields", { Title: "Autre objet" }),
    ).toMatchObject({
      status: 403,
      body: { error: { message: "« Ordre du jour » : seul le secrétariat de la commune concernée peut y écrire." } },
    });
    // Avis 2 is Nadia Benali's (membre 6).
    expect(
      await call(SOPHIE, "PATCH", "/lists/Avis%20des%20%C3%A9lus/items/2/fields", { Position: "favorable" }),
    ).toMatchObject({
      status: 403,
      body: {
        error: { message: "Un élu ne donne et ne modifie que ses propres avis, sur les séances de sa commune." },
      },
    });
    const sophie = repos(SOPHIE);
    await expect(
      sophie.seances.update("1", (await sophie.seances.get("1")).eTag, { statut: "convoquee" }),
    ).rejects.toMatchObject({ status: 403 });
    expect((await h.repos.seances.get("1")).lieu).toBe("Salle du conseil, mairie");
  });

  it("laisse un élu donner puis modifier son propre avis", async () => {
    const sophie = repos(SOPHIE);
    const created = await sophie.avis.create({
      titre: "D'accord",
      seance: "1",
      point: "4",
      membre: "4",
      position: "favorable",
    });
    const updated = await sophie.avis.update(created.id, created.eTag, {
      position: "reserve",
      commentaire: "Quel coût par repas ?",
    });
    expect(updated).toMatchObject({ membre: "4", position: "reserve" });
    // Whatever Élu the page names, the avis is hers: its author is taken from her token, and only she edits it.
    const named = await sophie.avis.create({
      titre: "Au nom d'un autre",
      seance: "1",
      point: "4",
      membre: "5",
      position: "favorable",
    });
    expect(named.createdBy).toMatchObject({ email: SOPHIE, displayName: "Sophie Garnier" });
    const michel = repos("m.rousseau@saint-aubin-sur-loire.example");
    await expect(michel.avis.update(named.id, named.eTag, { commentaire: "Non." })).rejects.toMatchObject({
      status: 403,
    });
  });

  it("ne laisse valider une clause qu'un référent, par un élément de la liste des validations", async () => {
    const version = await h.repos.clauseVersions.get("3");
    const decision = {
      titre: version.titre,
      clause: version.clause,
      version: version.version,
      texte: version.texte,
      decision: "validee" as const,
    };
    // The network's lists are not the élus': for them the validations do not even exist.
    expect(await call(SOPHIE, "GET", "/lists/Validations%20de%20clauses/items")).toMatchObject({
      status: 200,
      body: { value: [] },
    });
    await expect(repos(SECRETAIRE).validationsClauses.create(decision)).rejects.toMatchObject({ status: 403 });
    const created = await repos(REFERENT).validationsClauses.create(decision);
    expect(created.createdBy).toMatchObject({ email: REFERENT, displayName: "Paul Durand" });
    expect(created.createdDateTime).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("ne montre pas à la secrétaire d'une commune les séances d'une autre : liste, $filter, pages, delta, élément", async () => {
    expect(ids(await call(LUC, "GET", "/lists/S%C3%A9ances/items"))).toEqual(["3"]);
    expect(ids(await call(LUC, "GET", "/lists/S%C3%A9ances/items?$filter=fields/CommuneLookupId eq '1'"))).toEqual([]);
    expect(ids(await call(LUC, "GET", "/lists/S%C3%A9ances/items?$filter=fields/CommuneLookupId eq '2'"))).toEqual([
      "3",
    ]);
    expect((await repos(LUC).seances.items()).records.map((s) => s.commune)).toEqual(["2"]);

    const first = await call(SECRETAIRE, "GET", "/lists/S%C3%A9ances/items?$top=2");
    expect(ids(first)).toEqual(["1", "2"]);
    expect(ids(await call(SECRETAIRE, "GET", first.body["@odata.nextLink"] ?? ""))).toEqual(["3"]);
    const lucPage = await call(LUC, "GET", "/lists/S%C3%A9ances/items?$top=1");
    expect([ids(lucPage), lucPage.body["@odata.nextLink"]]).toEqual([["3"], undefined]);

    const delta = await repos(LUC).seances.delta();
    expect(delta.changed.map((s) => s.id)).toEqual(["3"]);
    await h.repos.seances.update("1", (await h.repos.seances.get("1")).eTag, { lieu: "Salle des associations" });
    await h.repos.seances.update("3", (await h.repos.seances.get("3")).eTag, { lieu: "Mairie annexe" });
    expect((await repos(LUC).seances.delta(delta.deltaLink)).changed.map((s) => [s.id, s.lieu])).toEqual([
      ["3", "Mairie annexe"],
    ]);

    expect((await call(LUC, "GET", "/lists/S%C3%A9ances/items/1")).status).toBe(404);
    expect(ids(await call(LUC, "GET", "/lists/Ordre%20du%20jour/items"))).toEqual([]);
  });

  it("refuse à la secrétaire d'une commune d'écrire dans une autre", async () => {
    const created = await call(LUC, "POST", "/lists/S%C3%A9ances/items", {
      fields: { Title: "Conseil", CommuneLookupId: "1", DateSeance: "2026-06-01T18:00:00Z", Statut: "preparation" },
    });
    expect(created).toMatchObject({
      status: 403,
      body: { error: { message: "« Séances » : seul le secrétariat de la commune concernée peut y écrire." } },
    });
    expect((await call(LUC, "PATCH", "/lists/S%C3%A9ances/items/1/fields", { Lieu: "Ailleurs" })).status).toBe(404);
    // Moving one's own séance to another commune is writing in that commune.
    expect((await call(LUC, "PATCH", "/lists/S%C3%A9ances/items/3/fields", { CommuneLookupId: "1" })).status).toBe(403);
    expect((await call(LUC, "PATCH", "/lists/S%C3%A9ances/items/3/fields", { Lieu: "Mairie annexe" })).status).toBe(
      200,
    );
    const { records } = await h.repos.seances.items();
    expect(records.map((s) => [s.commune, s.lieu])).toEqual([
      ["1", "Salle du conseil, mairie"],
      ["1", "Salle du conseil, mairie"],
      ["2", "Mairie annexe"],
    ]);
  });

  it("applique les droits à chaque requête d'un $batch, au nom de son appelant", async () => {
    const requests = [
      {
        id: "1",
        method: "PATCH",
        url: `/sites/${encodeURIComponent(h.store.siteId)}/lists/S%C3%A9ances/items/1/fields`,
        headers: { "Content-Type": "application/json" },
        body: { Lieu: "Ailleurs" },
      },
      { id: "2", method: "GET", url: `/sites/${encodeURIComponent(h.store.siteId)}/lists/S%C3%A9ances/items` },
    ];
    const answer = await fetch(`${h.store.graphBaseUrl}/$batch`, {
      method: "POST",
      headers: { Authorization: `Bearer ${h.store.tokens.forMember(SOPHIE)}`, "Content-Type": "application/json" },
      body: JSON.stringify({ requests }),
    });
    const { responses } = (await answer.json()) as {
      responses: { id: string; status: number; body: Answer["body"] }[];
    };
    expect(responses.map((r) => r.status)).toEqual([403, 200]);
    expect(responses[1]?.body.value?.map((s) => s.id)).toEqual(["1", "2"]);
  });

  it("refuse un jeton inconnu (401) et un courriel absent des membres (403), en français", async () => {
    const opaque = await fetch(`${site()}/lists`, { headers: { Authorization: "Bearer eyJhbGciOi.secret" } });
    expect(opaque.status).toBe(401);
    expect(((await opaque.json()) as Answer["body"]).error?.message).toMatch(
      /^Jeton non reconnu par le stockage local/,
    );
    expect(await call("intrus@example.fr", "GET", "/lists/S%C3%A9ances/items")).toMatchObject({
      status: 403,
      body: {
        error: {
          message:
            "Le compte intrus@example.fr ne figure pas dans la liste des membres : demandez au secrétariat de vous y inscrire.",
        },
      },
    });
  });
});
