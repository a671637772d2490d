import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { AuthMiddleware } from "./auth-middleware";
import { createGraphClient } from "./create-graph-client";

const TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.secret-token";
const tokens = { getToken: () => Promise.resolve(TOKEN) };

async function authorizationFor(url: string, origins: string[]): Promise<string | undefined> {
  const auth = new AuthMiddleware(tokens, origins);
  let seen: string | undefined;
  const end: Middleware = {
    execute: async (context: Context) => {
      seen = (context.options?.headers as Record<string, string>).Authorization;
    },
  };
  auth.setNext(end);
  await auth.execute({ request: url, options: { headers: { Authorization: "Bearer fuite" } } });
  return seen;
}

describe("AuthMiddleware", () => {
  it("joint le jeton à Graph et au stockage local en http sur la boucle locale", async () => {
    const origins = ["https://graph.microsoft.com", "http://127.0.0.1:4100", "http://localhost:3000"];
    expect(await authorizationFor("https://graph.microsoft.com/v1.0/sites/root", origins)).toBe(`Bearer ${TOKEN}`);
    expect(await authorizationFor("http://127.0.0.1:4100/v1.0/$batch", origins)).toBe(`Bearer ${TOKEN}`);
    expect(await authorizationFor("http://localhost:3000/v1.0/sites/root", origins)).toBe(`Bearer ${TOKEN}`);
  });

  it("retire le jeton partout ailleurs, et n'accepte jamais http hors de la boucle locale", async () => {
    const origins = ["https://graph.microsoft.com", "http://intranet.mairie.fr"];
    expect(await authorizationFor("https://evil.example/v1.0/sites", origins)).toBeUndefined();
    expect(await authorizationFor("http://intranet.mairie.fr/v1.0/sites", origins)).toBeUndefined();
    expect(await authorizationFor("http://127.0.0.1:9999/v1.0/sites", origins)).toBeUndefined();
  });
});

describe("aucun jeton dans les journaux ni les erreurs", () => {
  it("ne laisse passer le jeton ni dans la console, ni dans les journaux, ni dans les erreurs", async () => {
    const lines: string[] = [];
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((level) =>
      jest
        .spyOn(console, level)
        .mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(" "))),
    );
    const answers = [
      new Response("", { status: 429, headers: { "Retry-After": "1" } }),
      new Response(JSON.stringify({ error: { code: "x", message: "non" } }), { status: 403 }),
    ];
    const fakeFetch: typeof fetch = () => Promise.resolve(answers.shift() ?? new Response("", { status: 500 }));
    const { client } = createGraphClient({
      baseUrl: "https://graph.microsoft.com/v1.0",
      tokenProvider: tokens,
      fetch: fakeFetch,
      retry: { sleep: () => Promise.resolve(), logger: { debug: (m) => lines.push(m) } },
    });
    const error: unknown = await client
      .api("/sites/root")
      .get()
      .catch((e: unknown) => e);
    spies.forEach((spy) => spy.mockRestore());
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join("\n")).not.toContain("secret-token");
    expect(JSON.stringify(error) + String(error)).not.toContain("secret-token");
  });
});
