import { ADMIN } from "./caller";
import { FaultInjector } from "./faults";
import { route } from "./router";
import { StoreState } from "./model";
import type { JournalRecord } from "./model";
import { seedDemo } from "./seed";
import { LOCAL_SITE_ID } from "./site";

const origin = "http://127.0.0.1:4100";

function store() {
  const state = new StoreState();
  const ctx = { state, commit: (records: readonly JournalRecord[]) => records.forEach((r) => state.apply(r)) };
  seedDemo(ctx, new Date("2026-02-01T00:00:00Z"));
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    route(
      ctx,
      { caller: ADMIN, method, url: new URL(`/v1.0${path}`, origin), headers, body },
      origin,
      new FaultInjector(),
    );
  return { state, call };
}

const site = `/sites/${encodeURIComponent(LOCAL_SITE_ID)}`;

describe("routes du stockage local", () => {
  it("adresse une liste par son titre ou par son id, et répond 404 sinon", () => {
    const { state, call } = store();
    const communes = state.findList("Communes");
    expect(call("GET", `${site}/lists/${communes?.id}`).status).toBe(200);
    expect(call("GET", `${site}/lists/communes`).status).toBe(200);
    expect(call("GET", `${site}/lists/Inconnue/items`)).toMatchObject({
      status: 404,
      body: { error: { code: "itemNotFound" } },
    });
    expect(call("GET", `/sites/contoso.sharepoint.com:/sites/x`).status).toBe(404);
  });

  it("n'inclut fields que sur demande, et seulement les champs choisis", () => {
    const { call } = store();
    const bare = call("GET", `${site}/lists/Communes/items/1`).body as Record<string, unknown>;
    expect(bare.fields).toBeUndefined();
    expect(bare.eTag).toMatch(/^"[0-9a-f-]{36},1"$/);
    const some = call("GET", `${site}/lists/Communes/items/1?expand=fields(select=Title)`).body as {
      fields: Record<string, unknown>;
    };
    expect(Object.keys(some.fields)).toEqual(["@odata.etag", "Title"]);
  });

  it("refuse un lot de plus de 20 requêtes et une écriture sur un champ inconnu", () => {
    const { call } = store();
    const requests = Array.from({ length: 21 }, (_, i) => ({
      id: String(i),
      method: "GET",
      url: `${site}/lists/Communes/items`,
    }));
    expect(call("POST", "/$batch", { requests }).status).toBe(400);
    expect(call("POST", `${site}/lists/Communes/items`, { fields: { Inconnu: 1 } })).toMatchObject({
      status: 400,
      body: { error: { message: "Field 'Inconnu' is not recognized" } },
    });
  });

  it("date les séances de démonstration à partir du jour d'amorçage", () => {
    const { call } = store();
    const seance = call("GET", `${site}/lists/S%C3%A9ances/items/1?expand=fields`).body as {
      fields: Record<string, unknown>;
    };
    expect(seance.fields.DateSeance).toBe("2026-02-13T18:00:00Z");
  });
});
