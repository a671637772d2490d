import http from "node:http";
import { NOTE_MAX_LENGTH } from "@local-store/field-values";
import { graphCall } from "./graph-call";
import { startHarness } from "./store-harness";
import type { Harness } from "./store-harness";

const SEANCES = "/lists/S%C3%A9ances/items";
const seance = (fields: Record<string, unknown>) => ({
  fields: {
    Title: "Conseil",
    CommuneLookupId: "1",
    DateSeance: "2026-03-12T18:00:00Z",
    Statut: "preparation",
    ...fields,
  },
});

describe("limites et types de SharePoint, avec ses codes et sa forme d'erreur", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  it("texte multiligne : accepté jusqu'à la limite de SharePoint, refusé au-delà", async () => {
    const point = (expose: string) => ({
      fields: { Title: "Long", SeanceLookupId: "1", Numero: 9, Nature: "information", Expose: expose },
    });
    const atLimit = "é".repeat(NOTE_MAX_LENGTH);
    const created = await graphCall(h.store, "POST", "/lists/Ordre%20du%20jour/items", point(atLimit));
    expect(created.status).toBe(201);
    expect((await h.repos.points.get(String(created.body.id))).expose).toBe(atLimit);
    const over = await graphCall(h.store, "POST", "/lists/Ordre%20du%20jour/items", point(`${atLimit}x`));
    expect(over).toMatchObject({
      status: 400,
      body: {
        error: { code: "invalidRequest", message: `Field 'Expose' is longer than ${NOTE_MAX_LENGTH} characters.` },
      },
    });
  });

  it("choix : seulement une des valeurs de la colonne", async () => {
    const answer = await graphCall(h.store, "POST", SEANCES, seance({ Statut: "reportee" }));
    expect(answer).toMatchObject({
      status: 400,
      body: {
        error: {
          code: "invalidRequest",
          message: "Field 'Statut' has an invalid value: one of preparation, convoquee, tenue, close expected.",
        },
      },
    });
  });

  it.each(["9999-99-99", "2026-02-30", "2026-01-01T25:00:00Z", "2026-01-01T10:61", "1899-12-31", "demain", ""])(
    "date impossible refusée : %j",
    async (date) => {
      const answer = await graphCall(h.store, "POST", SEANCES, seance({ DateSeance: date }));
      expect(answer.status).toBe(400);
      expect(answer.body.error?.message).toMatch(/DateSeance/);
    },
  );

  it("date réelle acceptée, y compris le 29 février d'une année bissextile", async () => {
    expect((await graphCall(h.store, "POST", SEANCES, seance({ DateSeance: "2028-02-29" }))).status).toBe(201);
  });

  it("nombre : fini, sinon refusé", async () => {
    const point = (numero: unknown) => ({
      fields: { Title: "N", SeanceLookupId: "1", Numero: numero, Nature: "information" },
    });
    for (const numero of ["beaucoup", "1e400", true, ""])
      expect((await graphCall(h.store, "POST", "/lists/Ordre%20du%20jour/items", point(numero))).status).toBe(400);
  });

  it("colonnes obligatoires : exigées à la création, impossibles à vider ensuite", async () => {
    const empty = await graphCall(h.store, "POST", SEANCES, { fields: {} });
    expect(empty).toMatchObject({ status: 400, body: { error: { code: "invalidRequest" } } });
    expect(empty.body.error?.message).toMatch(/is required/);
    const noTitle = await graphCall(h.store, "POST", SEANCES, seance({ Title: "" }));
    expect(noTitle.body.error?.message).toBe("Field 'Title' is required and cannot be empty.");
    const created = await graphCall(h.store, "POST", SEANCES, seance({}));
    expect(created.status).toBe(201);
    const cleared = await graphCall(h.store, "PATCH", `${SEANCES}/${String(created.body.id)}/fields`, { Statut: null });
    expect(cleared.status).toBe(400);
    const edited = await graphCall(h.store, "PATCH", `${SEANCES}/${String(created.body.id)}/fields`, { Lieu: "Salle" });
    expect(edited.status).toBe(200);
  });

  it("recherche : vers un élément existant de la bonne liste", async () => {
    const communes = (await h.repos.communes.items()).records.map((r) => Number(r.id));
    const seances = (await h.repos.seances.items()).records.map((r) => Number(r.id));
    // An id that exists in Séances but not in Communes: the lookup points to the wrong list.
    const elsewhere = seances.find((id) => !communes.includes(id));
    expect(elsewhere).toBeDefined();
    for (const id of ["99999", String(elsewhere), "-1", "1.5"]) {
      const answer = await graphCall(h.store, "POST", SEANCES, seance({ CommuneLookupId: id }));
      expect(answer.status).toBe(400);
      expect(answer.body.error?.message).toMatch(/CommuneLookupId/);
    }
  });
});

describe("requêtes hostiles : 400 ou 413, jamais 500, et le stockage reste disponible", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  /**
   * The status of a POST of which only the first bytes are sent: an answer that waited for the rest of the announced
   * body would never come.
   */
  const statusBeforeBody = (authorization: string, announcedBytes: number) => {
    const { port } = new URL(h.store.url);
    return new Promise<number>((resolve, reject) => {
      const req = http.request({
        host: "127.0.0.1",
        port,
        method: "POST",
        path: `/v1.0/sites/root${SEANCES}`,
        headers: { Authorization: authorization, "Content-Length": String(announcedBytes) },
      });
      req.on("response", (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on("error", reject);
      req.write('{"fields":{"Title":"');
    });
  };

  it("refuse un corps annoncé trop gros avant de le lire", async () => {
    expect(await statusBeforeBody(`Bearer ${h.store.tokens.admin()}`, 50 * 1024 * 1024)).toBe(413);
  });

  it("refuse une requête sans jeton valable avant d'en lire le corps", async () => {
    // Within the 4 MB limit, from a caller whose token is not the store's.
    expect(await statusBeforeBody("Bearer faux", 3 * 1024 * 1024)).toBe(401);
  });

  it("refuse un corps de plus de 4 Mo, la limite de Graph", async () => {
    const answer = await graphCall(h.store, "POST", SEANCES, undefined, {
      rawBody: JSON.stringify(seance({ Lieu: "x".repeat(5 * 1024 * 1024) })),
    });
    expect(answer.status).toBe(413);
  });

  it("refuse un JSON imbriqué sur des millions de niveaux, et répond encore ensuite", async () => {
    const depth = 1_500_000;
    const answer = await graphCall(h.store, "POST", SEANCES, undefined, {
      rawBody: `${"[".repeat(depth)}${"]".repeat(depth)}`,
    });
    expect(answer).toMatchObject({ status: 400, body: { error: { code: "invalidRequest" } } });
    expect(answer.body.error?.message).toBe("The request body is nested more than 64 levels deep.");
    expect((await h.repos.communes.items()).records.length).toBeGreaterThan(0);
  });

  it.each(["/lists/%E9/items", "/lists/%zz", "/lists/S%C3%A9ances/items/%"])(
    "encodage pourcent mal formé : 400 (%s)",
    async (path) => {
      const answer = await graphCall(h.store, "GET", path);
      expect(answer).toMatchObject({ status: 400, body: { error: { code: "invalidRequest" } } });
    },
  );

  it.each([
    ["une entrée nulle", { requests: [null] }],
    ["une entrée sans méthode", { requests: [{ id: "1", url: "/sites/root" }] }],
    ["des en-têtes nuls", { requests: [{ id: "1", method: "GET", url: "/sites/root", headers: null }] }],
    ["des en-têtes non textuels", { requests: [{ id: "1", method: "GET", url: "/sites/root", headers: { a: 1 } }] }],
    ["des requêtes qui ne sont pas une liste", { requests: "tout" }],
    ["un corps qui n'est pas un objet", "requests"],
  ])("$batch avec %s : 400", async (_label, body) => {
    const answer = await graphCall(h.store, "POST", "/$batch", body);
    expect(answer).toMatchObject({ status: 400, body: { error: { code: "invalidRequest" } } });
  });

  it("$batch : un lot dans un lot et une adresse mal encodée sont refusés un par un", async () => {
    const answer = await graphCall(h.store, "POST", "/$batch", {
      requests: [
        { id: "1", method: "POST", url: "/$batch", body: { requests: [] } },
        { id: "2", method: "GET", url: "/sites/root/lists/%E9" },
        { id: "3", method: "GET", url: "/sites/root/lists" },
      ],
    });
    expect(answer.status).toBe(200);
    const statuses = (answer.body.responses as { id: string; status: number }[]).map((r) => [r.id, r.status]);
    expect(statuses).toEqual([
      ["1", 400],
      ["2", 400],
      ["3", 200],
    ]);
  });
});
