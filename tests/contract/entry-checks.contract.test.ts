import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { createAppServer, listen } from "@scripts/server/app-server";
import { startLocalStore } from "../../local-store";
import type { LocalStore } from "../../local-store";

/** A raw request, with the Host and target written as given (fetch would normalise both). */
function raw(url: string, target: string, host: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(url);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      { hostname, port, path: target, method: "GET", headers: { ...headers, Host: host } },
      (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

describe("entrée du stockage local et du serveur des pages : hôte, adresse, identités de l'aperçu", () => {
  let store: LocalStore;
  let app: http.Server;
  let appUrl = "";
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "entry-checks-"));
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "entry-checks-pages-"));

  beforeAll(async () => {
    fs.writeFileSync(path.join(root, "teams.html"), "<!doctype html><title>t</title>");
    store = await startLocalStore({ port: 0, dataDir, seed: true });
    app = createAppServer({ root, storeUrl: store.url, localAuth: store });
    appUrl = `http://127.0.0.1:${await listen(app, 0)}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => app.close(() => resolve()));
    await store.close();
  });

  it("crée au premier démarrage un secret que seul son propriétaire lit", () => {
    const stat = fs.statSync(path.join(dataDir, "local-auth.key"));
    expect(stat.mode & 0o077).toBe(0);
  });

  it("refuse un Host qui n'est pas la boucle locale (DNS rebinding), au stockage comme au serveur des pages", async () => {
    const admin = { Authorization: `Bearer ${store.tokens.admin()}` };
    const storePort = new URL(store.url).port;
    expect((await raw(store.url, "/v1.0/sites/root", `127.0.0.1:${storePort}`, admin)).status).toBe(200);
    expect((await raw(store.url, "/v1.0/sites/root", `evil.example:${storePort}`, admin)).status).toBe(403);
    expect(
      (
        await raw(store.url, "/v1.0/sites/root", `localhost:${storePort}`, {
          ...admin,
          "X-Forwarded-Host": "evil.example",
        })
      ).status,
    ).toBe(403);
    const appHost = new URL(appUrl).host;
    expect((await raw(appUrl, "/teams.html", appHost)).status).toBe(200);
    expect((await raw(appUrl, "/teams.html", "rebind.evil.example")).status).toBe(403);
    expect((await raw(appUrl, "/local-auth/token", "rebind.evil.example")).body).not.toContain("mairie-local");
  });

  it("répond à toute adresse (« // », « * », encodage cassé) sans s'arrêter", async () => {
    const appHost = new URL(appUrl).host;
    for (const target of ["//", "//evil.example/x", "/%E0%A4%A", "/v1.0//", "/v1.0/%E0%A4%A"])
      expect([400, 401, 403, 404]).toContain((await raw(appUrl, target, appHost)).status);
    expect([400, 401]).toContain((await raw(store.url, "//", new URL(store.url).host)).status);
    expect((await raw(appUrl, "/teams.html", appHost)).status).toBe(200);
  });

  it("donne à la page le jeton d'un membre, jamais celui du propriétaire, et le stockage le reconnaît", async () => {
    const served = (await (
      await fetch(`${appUrl}/local-auth/token?email=s.garnier@saint-aubin-sur-loire.example`)
    ).json()) as {
      token: string;
    };
    expect(store.tokens.verify(served.token)).toEqual({
      kind: "membre",
      email: "s.garnier@saint-aubin-sur-loire.example",
    });
    const byDefault = (await (await fetch(`${appUrl}/local-auth/token`)).json()) as { token: string };
    expect(store.tokens.verify(byDefault.token)).toMatchObject({ kind: "membre" });
    for (const asked of ["admin", "local.admin", ""]) {
      const answer = await fetch(`${appUrl}/local-auth/token?email=${asked}`);
      expect(answer.status).toBe(400);
    }
    const people = (await (await fetch(`${appUrl}/local-auth/people`)).json()) as { records: { email?: string }[] };
    expect(people.records.length).toBeGreaterThan(3);
  });
});
