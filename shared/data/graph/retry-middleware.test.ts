import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { RetryMiddleware } from "./retry-middleware";

/** A terminal handler answering from a script: a Response, or an Error for a lost connection. */
function terminal(script: (Response | Error)[]): Middleware & { calls: number } {
  return {
    calls: 0,
    async execute(context: Context) {
      const next = script[this.calls++];
      if (next instanceof Error) throw next;
      context.response = next;
    },
  };
}

async function run(script: (Response | Error)[], options: ConstructorParameters<typeof RetryMiddleware>[0] = {}) {
  const sleeps: number[] = [];
  const logs: string[] = [];
  const retry = new RetryMiddleware({
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0,
    now: () => 0,
    logger: { debug: (m) => logs.push(m) },
    ...options,
  });
  const end = terminal(script);
  retry.setNext(end);
  const context: Context = { request: "https://graph.microsoft.com/v1.0/sites/root", options: { method: "GET" } };
  await retry.execute(context);
  return { status: context.response?.status, sleeps, calls: end.calls, logs };
}

describe("RetryMiddleware", () => {
  it("respecte Retry-After en secondes sur un 429", async () => {
    const result = await run([
      new Response("", { status: 429, headers: { "Retry-After": "3" } }),
      new Response("{}", { status: 200 }),
    ]);
    expect(result).toMatchObject({ status: 200, sleeps: [3000], calls: 2 });
  });

  it("recule exponentiellement sur 503 et 504, dans la limite des essais", async () => {
    const result = await run(
      [503, 504, 503, 503].map((status) => new Response("", { status })),
      { baseDelayMs: 100 },
    );
    expect(result).toMatchObject({ status: 503, sleeps: [50, 100, 200], calls: 4 });
  });

  it("ne réessaie pas une erreur définitive", async () => {
    expect(await run([new Response("", { status: 400 })])).toMatchObject({ status: 400, sleeps: [], calls: 1 });
  });

  it("rend la main quand le serveur demande d'attendre plus que le plafond", async () => {
    const result = await run([new Response("", { status: 429, headers: { "Retry-After": "600" } })], {
      maxDelayMs: 30_000,
    });
    expect(result).toMatchObject({ status: 429, sleeps: [], calls: 1 });
  });

  it("réessaie une connexion perdue, puis laisse passer l'erreur au dernier essai", async () => {
    expect(await run([new TypeError("fetch failed"), new Response("", { status: 200 })])).toMatchObject({
      status: 200,
      calls: 2,
    });
    await expect(run([1, 2, 3, 4].map(() => new TypeError("fetch failed")))).rejects.toThrow("fetch failed");
  });

  it("journalise méthode, adresse et statut, rien d'autre", async () => {
    const { logs } = await run([new Response("", { status: 503 }), new Response("", { status: 200 })]);
    expect(logs).toEqual(["Nouvel essai 2/4 dans 250 ms (503) : GET https://graph.microsoft.com/v1.0/sites/root"]);
  });
});
