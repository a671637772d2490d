import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startLocalStore } from "./index";
import type { LocalStore } from "./index";

const event = (overrides: Record<string, unknown> = {}) => ({
  subject: "Conseil municipal du 5 décembre 2026",
  body: { contentType: "text", content: "<b>Ordre du jour</b> : budget" },
  start: { dateTime: "2026-12-05T19:00:00", timeZone: "Europe/Paris" },
  end: { dateTime: "2026-12-05T22:00:00", timeZone: "Europe/Paris" },
  location: { displayName: "Salle du conseil" },
  attendees: [{ emailAddress: { address: "sophie.garnier@example.fr", name: "Sophie Garnier" }, type: "required" }],
  isOnlineMeeting: false,
  transactionId: "mairie-seance-5",
  ...overrides,
});

describe("le calendrier /me/events du stockage local, par HTTP", () => {
  let dataDir: string;
  let store: LocalStore;
  let token: string;

  const call = async (
    method: string,
    url: string,
    body?: unknown,
  ): Promise<{ status: number; body: Record<string, unknown> }> => {
    const response = await fetch(`${store.graphBaseUrl}${url}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mairie-calendar-"));
    store = await startLocalStore({ port: 0, dataDir, seed: true });
    token = store.tokens.admin();
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("crée l'événement tel qu'il est envoyé et le relit par son id", async () => {
    const created = await call("POST", "/me/events", event());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      subject: "Conseil municipal du 5 décembre 2026",
      transactionId: "mairie-seance-5",
      start: { timeZone: "Europe/Paris" },
    });
    const read = await call("GET", `/me/events/${String(created.body.id)}`);
    expect(read.status).toBe(200);
    expect(read.body.body).toEqual({ contentType: "text", content: "<b>Ordre du jour</b> : budget" });
    expect(read.body.attendees).toEqual(event().attendees);
  });

  it("un envoi rejoué avec le même transactionId rend l'événement déjà créé, sans doublon", async () => {
    const first = await call("POST", "/me/events", event());
    const again = await call("POST", "/me/events", event({ subject: "Renvoi" }));
    const other = await call("POST", "/me/events", event({ transactionId: "mairie-seance-6" }));
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.subject).toBe("Conseil municipal du 5 décembre 2026");
    expect(other.body.id).not.toBe(first.body.id);
    const list = await call("GET", "/me/events");
    expect((list.body.value as { id: string }[]).map((e) => e.id)).toEqual([first.body.id, other.body.id]);
  });

  it("PATCH modifie l'événement en gardant son id", async () => {
    const { body: created } = await call("POST", "/me/events", event());
    const moved = {
      start: { dateTime: "2026-12-12T19:00:00", timeZone: "Europe/Paris" },
      end: { dateTime: "2026-12-12T22:00:00", timeZone: "Europe/Paris" },
    };
    const patched = await call("PATCH", `/me/events/${String(created.id)}`, moved);
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ id: created.id, ...moved, subject: created.subject });
    expect(patched.body.changeKey).not.toBe(created.changeKey);
    expect((await call("PATCH", "/me/events/inconnu", moved)).status).toBe(404);
  });

  it("refuse une saisie invalide avec une erreur au format de Graph", async () => {
    const cases = [
      event({ start: { dateTime: "2026-12-05T19:00:00", timeZone: "Paris/Loire" } }),
      event({ start: { dateTime: "2026-12-05T19:00:00Z", timeZone: "Europe/Paris" } }),
      event({ attendees: [{ emailAddress: { address: "pas-un-courriel" }, type: "required" }] }),
      event({ couleur: "rouge" }),
      { subject: "sans dates" },
    ];
    for (const body of cases) {
      const answer = await call("POST", "/me/events", body);
      expect(answer).toMatchObject({
        status: 400,
        body: { error: { code: "RequestBodyRead", message: expect.stringMatching(/^Invalid event: /) } },
      });
    }
    const backwards = await call(
      "POST",
      "/me/events",
      event({ end: { dateTime: "2026-12-05T18:00:00", timeZone: "Europe/Paris" } }),
    );
    expect(backwards).toMatchObject({ status: 400, body: { error: { code: "ErrorInvalidRequest" } } });
    // 18:30 UTC is 19:30 in Paris: after a 19:00 Paris start, whatever the strings say.
    const otherZone = await call(
      "POST",
      "/me/events",
      event({ end: { dateTime: "2026-12-05T18:30:00", timeZone: "UTC" } }),
    );
    expect(otherZone.status).toBe(201);
    expect((await call("GET", "/me/events")).body.value).toHaveLength(1);
  });

  it("/me est l'appelant : chacun son calendrier, un transactionId ne vaut que dans le sien", async () => {
    const { body: mine } = await call("POST", "/me/events", event());
    token = store.tokens.forMember("s.garnier@saint-aubin-sur-loire.example");
    expect((await call("GET", "/me/events")).body.value).toEqual([]);
    expect((await call("GET", `/me/events/${String(mine.id)}`)).status).toBe(404);
    expect((await call("PATCH", `/me/events/${String(mine.id)}`, { subject: "Détourné" })).status).toBe(404);
    const { body: hers } = await call("POST", "/me/events", event());
    expect(hers.id).not.toBe(mine.id);
    token = store.tokens.admin();
    expect((await call("GET", "/me/events")).body.value).toEqual([
      expect.objectContaining({ id: mine.id, subject: mine.subject }),
    ]);
  });

  it("garde les événements dans le journal : ils survivent au redémarrage, et leur transactionId aussi", async () => {
    const { body: created } = await call("POST", "/me/events", event());
    await call("PATCH", `/me/events/${String(created.id)}`, { location: { displayName: "Salle des fêtes" } });
    await store.close();
    store = await startLocalStore({ port: 0, dataDir, seed: true });
    const read = await call("GET", `/me/events/${String(created.id)}`);
    expect(read.body.location).toEqual({ displayName: "Salle des fêtes" });
    const again = await call("POST", "/me/events", event());
    expect(again.body.id).toBe(created.id);
  });
});
