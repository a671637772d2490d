import { createGraphClient } from "./create-graph-client";
import { DataError } from "./errors";
import { createRequestCounter } from "./fetch-handler";
import { send } from "./transport";

/** A server that takes the request and never answers; only an abort ends the wait. */
const silentFetch: typeof fetch = (_input, init) =>
  new Promise((_resolve, reject) =>
    init?.signal?.addEventListener("abort", () => reject(new DOMException("Délai dépassé", "AbortError"))),
  );

describe("délai d'attente d'une requête", () => {
  it("abandonne une requête sans réponse, la réessaie, puis la rend comme une connexion perdue", async () => {
    const counter = createRequestCounter();
    const connection = createGraphClient({
      baseUrl: "https://graph.microsoft.com/v1.0",
      tokenProvider: { getToken: () => Promise.resolve("t") },
      fetch: silentFetch,
      onRequest: counter.hook,
      timeoutMs: 5,
      retry: { sleep: () => Promise.resolve() },
    });
    const error = await send(connection, { method: "POST", path: "/$batch", body: { requests: [] } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).status).toBe(0);
    expect((error as DataError).transient).toBe(true);
    expect(counter.records).toEqual(
      Array.from({ length: 4 }, () => ({ method: "POST", url: "https://graph.microsoft.com/v1.0/$batch" })),
    );
  });

  it("laisse aboutir une réponse arrivée à temps", async () => {
    const answering: typeof fetch = () => Promise.resolve(new Response("{}", { status: 200 }));
    const connection = createGraphClient({
      baseUrl: "https://graph.microsoft.com/v1.0",
      tokenProvider: { getToken: () => Promise.resolve("t") },
      fetch: answering,
      timeoutMs: 5,
    });
    await expect(send(connection, { method: "GET", path: "/sites/root" })).resolves.toMatchObject({ status: 200 });
  });
});
