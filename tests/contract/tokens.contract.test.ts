import fs from "node:fs";
import path from "node:path";
import { LocalTokenProvider } from "@shared/data/auth/local-token-provider";
import { createGraphClient, createRepositories } from "@shared/data/graph";
import type { Repositories } from "@shared/data/graph";
import { MemoryStorage, Outbox } from "@shared/data/outbox";
import type { OutboxSender } from "@shared/data/outbox";
import { startHarness } from "./store-harness";
import type { Harness } from "./store-harness";

const SECRETAIRE = "secretariat@saint-aubin-sur-loire.example";
/** Shaped like an Entra access token (a JWT), so that any copy of it anywhere is unmistakable. */
const GRAPH_TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzY3AiOiJTaXRlcy5TZWxlY3RlZCJ9.c2lnbmF0dXJlLXNlY3JldGU";

const echeance = (clientId: string) => ({
  kind: "create" as const,
  clientId,
  draft: { libelle: `Échéance ${clientId}`, commune: "1", due: "2026-03-31T00:00:00Z", categorie: "autre" as const },
});

/** Every console line and data-layer log line written during a test. */
function captureLogs(): { lines: string[]; logger: { debug(message: string): void }; restore(): void } {
  const lines: string[] = [];
  const spies = (["log", "info", "warn", "error", "debug"] as const).map((level) =>
    jest.spyOn(console, level).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(" "))),
  );
  return {
    lines,
    logger: { debug: (message) => void lines.push(message) },
    restore: () => spies.forEach((spy) => spy.mockRestore()),
  };
}

function outboxOn(repos: Repositories, storage: MemoryStorage): Outbox {
  const send: OutboxSender = (list, ops) => repos[list].writeMany(ops as never);
  return new Outbox({ storage, send, now: () => 0, backoff: { random: () => 0 } });
}

const storedText = (storage: MemoryStorage): string => storage.getItem("mairie.outbox") ?? "";

describe("les jetons ne sont écrits ni dans les journaux ni dans le stockage", () => {
  let h: Harness;
  let logs: ReturnType<typeof captureLogs>;
  beforeEach(async () => {
    h = await startHarness();
    logs = captureLogs();
  });
  afterEach(async () => {
    logs.restore();
    await h.stop();
  });

  it("stockage local : ni le journal de .data, ni la file d'attente, ni les traces ne gardent le jeton", async () => {
    const token = h.store.tokens.forMember(SECRETAIRE);
    const connection = createGraphClient({
      baseUrl: h.store.graphBaseUrl,
      tokenProvider: new LocalTokenProvider(token),
      retry: { sleep: async () => undefined, logger: logs.logger },
    });
    const storage = new MemoryStorage();
    const outbox = outboxOn(
      createRepositories(connection, h.store.siteId, { retry: { sleep: async () => undefined } }),
      storage,
    );
    h.store.faults.add({ kind: "throttle", path: "$batch", times: 1 });
    expect((await outbox.submit("echeances", echeance("enregistree"))).status).toBe("saved");
    h.store.faults.add({ kind: "unavailable", path: "$batch" });
    expect((await outbox.submit("echeances", echeance("en-attente"))).status).toBe("queued");
    h.store.faults.clear();

    // The writes and retries did happen, and were logged: the checks below look at real content.
    expect(logs.lines.some((line) => line.startsWith("Nouvel essai"))).toBe(true);
    expect(storedText(storage)).toContain("en-attente");
    const journal = fs.readFileSync(h.store.journalPath, "utf8");
    expect(journal).toContain("Échéance enregistree");
    expect(path.dirname(h.store.journalPath)).toBe(h.dataDir);
    for (const text of [journal, storedText(storage), ...logs.lines]) {
      expect(text).not.toContain(token);
      expect(text).not.toContain("Bearer");
    }
    expect(
      // Every file under .data/, the document library's included.
      fs
        .readdirSync(h.dataDir, { recursive: true, encoding: "utf8" })
        .map((name) => path.join(h.dataDir, name))
        .filter((file) => fs.statSync(file).isFile() && fs.readFileSync(file, "utf8").includes(token)),
    ).toEqual([]);
  });

  it("Graph : un jeton Entra ne passe ni dans la file d'attente, ni dans les messages d'erreur, ni dans les traces", async () => {
    const seen: string[] = [];
    const fakeGraph: typeof fetch = async (input, init) => {
      seen.push(new Headers(init?.headers).get("Authorization") ?? "");
      const status = seen.length === 1 ? 503 : 403;
      return new Response(
        JSON.stringify({
          error: { code: status === 503 ? "serviceNotAvailable" : "accessDenied", message: "Access denied." },
        }),
        { status, headers: { "Content-Type": "application/json" } },
      );
    };
    const connection = createGraphClient({
      baseUrl: "https://graph.microsoft.com/v1.0",
      tokenProvider: { getToken: async () => GRAPH_TOKEN },
      fetch: fakeGraph,
      retry: { sleep: async () => undefined, logger: logs.logger, maxAttempts: 2 },
    });
    const storage = new MemoryStorage();
    const outbox = outboxOn(
      createRepositories(
        connection,
        "contoso.sharepoint.com,11111111-2222-3333-4444-555555555555,66666666-7777-8888-9999-000000000000",
      ),
      storage,
    );
    const result = await outbox.submit("echeances", echeance("refusee"));

    // The 503, the 403, then the client-id look-up every failed create makes: each to Graph, each with the token.
    expect(seen).toEqual([`Bearer ${GRAPH_TOKEN}`, `Bearer ${GRAPH_TOKEN}`, `Bearer ${GRAPH_TOKEN}`]);
    expect(result.status).toBe("rejected");
    const entries = outbox.entries();
    expect(entries[0]?.lastError).toBe("Vous n'avez pas le droit de faire cette opération sur ce site SharePoint.");
    for (const text of [storedText(storage), ...logs.lines]) {
      expect(text).not.toContain(GRAPH_TOKEN);
      expect(text).not.toContain(GRAPH_TOKEN.split(".")[2]);
    }
  });
});
