import { send } from "@shared/data/graph/transport";
import { startHarness } from "./store-harness";
import type { Harness } from "./store-harness";

/** The embedded store answers as Graph documents it (tests/contract/recorded/ holds Graph's own answers). */
describe("le stockage local répond comme Graph", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  const items = () => `/sites/${h.store.siteId}/lists/${encodeURIComponent("Échéances")}/items`;

  it("delta : un élément supprimé arrive sous la forme documentée « deleted: { state: 'deleted' } »", async () => {
    const start = await h.repos.echeances.delta();
    const created = await h.repos.echeances.create(
      { libelle: "À supprimer", commune: "1", due: "2026-06-30T00:00:00Z", categorie: "rh" },
      "store-answers-1",
    );
    await h.repos.echeances.remove(created.id);
    const answer = await send(h.connection, {
      method: "GET",
      path: start.deltaLink.slice(start.deltaLink.indexOf("/v1.0") + "/v1.0".length),
    });
    const values = (answer.body as { value: Record<string, unknown>[] }).value;
    expect(values).toContainEqual({ id: created.id, deleted: { state: "deleted" } });
  });

  it("delta : un jeton inconnu reçoit 410 avec un Location qui repart de zéro", async () => {
    const answer = await send(h.connection, { method: "GET", path: `${items()}/delta?token=999999` });
    expect(answer.status).toBe(410);
    expect((answer.body as { error: { code: string } }).error.code).toBe("resyncChangesApplyDifferences");
    const location = new URL(answer.headers["location"] ?? "");
    expect(location.pathname).toBe(new URL(`${h.store.graphBaseUrl}${items()}/delta`).pathname);
    expect(location.searchParams.has("token")).toBe(false);
  });

  it("$batch : des identifiants en double (sans égard à la casse) font refuser le lot entier (400)", async () => {
    const answer = await send(h.connection, {
      method: "POST",
      path: "/$batch",
      body: {
        requests: [
          { id: "a", method: "GET", url: items() },
          { id: "A", method: "GET", url: items() },
        ],
      },
    });
    expect(answer.status).toBe(400);
  });

  it("$batch : un lot dans un lot est refusé", async () => {
    const answer = await send(h.connection, {
      method: "POST",
      path: "/$batch",
      body: { requests: [{ id: "1", method: "POST", url: "/$batch", body: { requests: [] }, headers: {} }] },
    });
    expect(answer.status).toBe(200);
    expect((answer.body as { responses: { status: number }[] }).responses[0]?.status).toBe(400);
  });
});
