import fs from "node:fs";
import path from "node:path";
import { createGraphClient, createRepositories, ConcurrentEditError, DataError } from "@shared/data/graph";
import type { WriteOp } from "@shared/data/graph";
import { Outbox } from "@shared/data/outbox";
import { MemoryStorage } from "@shared/data/outbox/storage";
import type { echeances } from "@shared/data/schema";
import { PENALTY_WINDOW_MS } from "@shared/data/graph/throttle";

/** A response as Microsoft documents it (tests/contract/recorded/*.json, each naming its source). */
interface Recorded {
  readonly source: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

const recorded = (name: string): Recorded =>
  JSON.parse(fs.readFileSync(path.join(__dirname, "recorded", `${name}.json`), "utf8")) as Recorded;

interface Sent {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly body: unknown;
}

type Answer = Recorded | ((sent: Sent) => Recorded);

const SITE = "contoso.sharepoint.com,2C712604-1370-44E7-A1F5-426573FDA80A,2D2244C3-251A-49EA-93A8-39E1C3A060FE";

/** A Graph that answers each request with the next recorded response, and keeps what it was sent. */
function replay(script: Answer[]) {
  const sent: Sent[] = [];
  const sleeps: number[] = [];
  const fakeFetch: typeof fetch = async (input, init) => {
    const text = typeof init?.body === "string" ? init.body : "";
    const request: Sent = {
      method: init?.method ?? "GET",
      url: typeof input === "string" ? input : input instanceof URL ? input.href : input.url,
      headers: new Headers(init?.headers),
      body: text ? (JSON.parse(text) as unknown) : undefined,
    };
    sent.push(request);
    const next = script.shift();
    if (!next) throw new Error(`Requête imprévue : ${request.method} ${request.url}`);
    const answer = typeof next === "function" ? next(request) : next;
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: answer.headers });
  };
  let clock = Date.parse("2026-12-01T09:00:00Z");
  const retry = {
    sleep: async (ms: number) => {
      sleeps.push(ms);
      clock += ms;
    },
    now: () => clock,
    random: () => 0.5,
  };
  const connection = createGraphClient({
    baseUrl: "https://graph.microsoft.com/v1.0",
    tokenProvider: { getToken: async () => "jeton" },
    fetch: fakeFetch,
    retry,
  });
  return { repos: createRepositories(connection, SITE, { retry }), sent, sleeps, now: () => clock };
}

const draft = (libelle: string) => ({ libelle, commune: "2", due: "2026-06-30T00:00:00Z", categorie: "rh" as const });

/** What SharePoint holds after a create went through: the fields that were sent, under an id and an eTag. */
const stored = (fields: Record<string, unknown>, id = "41"): Record<string, unknown> => ({
  id,
  eTag: `"e-${id},1"`,
  fields: { ...fields, id, "@odata.etag": `"e-${id},1"` },
});

const ok = (body: unknown, status = 200): Recorded => ({ source: "réponse de succès", status, headers: {}, body });
const sentFields = (s: Sent) => (s.body as { fields: Record<string, unknown> }).fields;

describe("réponses enregistrées de Graph et SharePoint, rejouées au client", () => {
  it("une erreur 403 de Graph devient un refus en français, sans nouvel essai", async () => {
    const g = replay([recorded("error-403")]);
    const error = await g.repos.echeances.get("7").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toBe(
      "Vous n'avez pas le droit de faire cette opération sur ce site SharePoint.",
    );
    expect(g.sent).toHaveLength(1);
  });

  it("chaque requête porte un client-request-id, le même pour les essais d'une même demande", async () => {
    const g = replay([
      { ...recorded("throttled-429-no-retry-after"), headers: { "Retry-After": "2" } },
      ok({ value: [] }),
      ok({ value: [] }),
    ]);
    await g.repos.echeances.items();
    await g.repos.communes.items();
    const ids = g.sent.map((s) => s.headers.get("client-request-id"));
    expect(ids.every((id) => /^[0-9a-f-]{36}$/.test(id ?? ""))).toBe(true);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).not.toBe(ids[0]);
  });

  it("delta : suit le nextLink de la documentation, puis retire l'élément marqué « deleted »", async () => {
    const g = replay([recorded("delta-first-page"), recorded("delta-last-page")]);
    const result = await g.repos.echeances.delta();
    expect(g.sent[1]?.url).toContain("/items/delta?token=1230919asd190410jlka");
    expect(result.removed).toEqual(["3"]);
    expect(result.deltaLink).toContain("token=1230919asd190410jlka");
  });

  it("delta : un 410 repart de l'énumération que nomme Location, et le dit (reset)", async () => {
    const g = replay([recorded("delta-410"), recorded("delta-last-page")]);
    const old = `https://graph.microsoft.com/v1.0/sites/${SITE}/lists/x/items/delta?token=ancien`;
    const result = await g.repos.echeances.delta(old);
    expect(result.reset).toBe(true);
    expect(g.sent[1]?.url).toMatch(/\/lists\/22e03ef3-6ef4-424d-a1d3-92a337807c30\/items\/delta$/);
  });

  it("$batch : la sous-requête limitée (429) garde son Retry-After, lu dans le corps du lot, pour la file d'attente", async () => {
    const inner = recorded("batch-inner-429");
    const g = replay([
      (s) => {
        const [fields] = (s.body as { requests: { body: { fields: Record<string, unknown> } }[] }).requests.map(
          (r) => r.body.fields,
        );
        // The created item's body holds what was sent, as SharePoint stores it.
        const [created, throttled] = (inner.body as { responses: Record<string, unknown>[] }).responses;
        return { ...inner, body: { responses: [{ ...created, body: stored(fields ?? {}) }, throttled] } };
      },
    ]);
    const ops: WriteOp<typeof echeances>[] = ["a", "b"].map((key) => ({
      kind: "create",
      clientId: `lot-${key}`,
      draft: draft(key),
    }));
    const [first, second] = await g.repos.echeances.writeMany(ops);
    expect(first?.ok).toBe(true);
    // 41 s is longer than a page waits (30 s): no second batch, the write waits in the outbox for as long as asked.
    expect(second?.ok === false && second.error.retryAfterMs).toBe(41_000);
    expect(g.sent).toHaveLength(1);
  });

  it.each(["duplicate-unique-graph-400", "duplicate-unique-rest-500"])(
    "une création rejouée qui heurte la colonne unique (%s) rend l'élément déjà créé, une seule fois",
    async (name) => {
      let first: Record<string, unknown> = {};
      const g = replay([
        (s) => {
          first = sentFields(s);
          return recorded(name);
        },
        () => ok({ value: [stored(first)] }),
        () => ok(stored(first)),
      ]);
      const created = await g.repos.echeances.create(draft("Déjà là"), "cid-1");
      expect(created).toMatchObject({ id: "41", clientId: "cid-1", libelle: "Déjà là" });
      expect(g.sent.map((s) => s.method)).toEqual(["POST", "GET", "GET"]);
      expect(decodeURIComponent(g.sent[1]?.url ?? "")).toContain("fields/MairieClientId eq 'cid-1'");
    },
  );

  it("une création refusée dont l'identifiant client est introuvable garde l'erreur de SharePoint", async () => {
    const g = replay([recorded("duplicate-unique-graph-400"), ok({ value: [] })]);
    const error = await g.repos.echeances.create(draft("Autre"), "cid-2").catch((e: unknown) => e);
    expect((error as DataError).status).toBe(400);
    expect((error as DataError).message).toContain("duplicate values were found");
  });

  it("507 de SharePoint (quota atteint) : une phrase française de la suite, sans le message anglais ni « erreur (507) »", async () => {
    const g = replay([recorded("quota-507"), ok({ value: [] })]);
    const error = await g.repos.echeances.create(draft("Quota"), "cid-3").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ status: 507, code: "quotaLimitReached" });
    expect((error as DataError).message).toBe(
      "L'espace de stockage du site SharePoint est plein : la modification n'a pas été enregistrée. Libérez de l'espace ou demandez à l'administrateur du site d'augmenter son quota, puis réessayez.",
    );
  });

  it("503 de Graph : réessayé, puis une phrase française de la suite, sans le message anglais", async () => {
    const unavailable = recorded("unavailable-503");
    const g = replay([unavailable, unavailable, unavailable, unavailable]);
    const error = await g.repos.echeances.get("7").catch((e: unknown) => e);
    expect(g.sent).toHaveLength(4);
    expect(error).toMatchObject({ status: 503, code: "serviceNotAvailable" });
    expect((error as DataError).message).toBe("Le service est momentanément saturé. L'enregistrement sera réessayé.");
  });

  it("412 : la version du serveur revient au conflit, la saisie n'est pas perdue", async () => {
    const server = stored(
      { Title: "Changé ailleurs", CommuneLookupId: "2", Echeance: "2026-06-30T00:00:00Z", Categorie: "rh" },
      "9",
    );
    const g = replay([recorded("precondition-412"), ok(server)]);
    const error = await g.repos.echeances.update("9", '"e-9,0"', { libelle: "Ma version" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrentEditError);
    expect((error as ConcurrentEditError).current).toMatchObject({ libelle: "Changé ailleurs" });
  });

  it.each([
    [
      "missing-column-400",
      "La colonne « MairieClientId » manque sur le site SharePoint : exécutez `mairie provision`.",
    ],
    [
      "not-indexed-400",
      "La colonne « Seance » n'est pas indexée sur le site SharePoint : exécutez `mairie provision`.",
    ],
  ])("%s : dit quoi faire, en français", async (name, message) => {
    const g = replay([recorded(name)]);
    const error = await g.repos.points.items({ seance: "3" }).catch((e: unknown) => e);
    expect((error as DataError).message).toBe(message);
  });

  it("un 429 sans Retry-After lisible : pas de nouvel essai dans la page, la file attend au moins la fenêtre de pénalité", async () => {
    const g = replay([recorded("throttled-429-no-retry-after")]);
    const outbox = new Outbox({
      storage: new MemoryStorage(),
      now: g.now,
      send: (list, ops) => g.repos[list].writeMany(ops as never),
      backoff: { random: () => 0 },
    });
    const result = await outbox.submit("echeances", { kind: "delete", id: "4" });
    expect(result.status).toBe("queued");
    expect(g.sent).toHaveLength(1);
    expect(outbox.nextAttemptAt()).toBeGreaterThanOrEqual(g.now() + PENALTY_WINDOW_MS);
  });

  it("un 429 sans Retry-After retient aussi les demandes suivantes du même client", async () => {
    const g = replay([recorded("throttled-429-no-retry-after")]);
    const first = await g.repos.communes.items().catch((e: unknown) => e);
    const second = await g.repos.communes.items().catch((e: unknown) => e);
    expect([(first as DataError).status, (second as DataError).status]).toEqual([429, 429]);
    expect(g.sent).toHaveLength(1);
    expect((second as DataError).retryAfterMs).toBeGreaterThanOrEqual(PENALTY_WINDOW_MS);
  });

  it("les en-têtes RateLimit ralentissent le client avant tout 429", async () => {
    const g = replay([recorded("ratelimit-near-limit"), ok({ value: [] })]);
    await g.repos.communes.items();
    expect(g.sleeps).toEqual([]);
    await g.repos.communes.items();
    // The 30 s left in the window, spread over the 59 units left: one request every 500 ms.
    expect(g.sleeps).toEqual([500]);
  });
});
