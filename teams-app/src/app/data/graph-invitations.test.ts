import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { LocalTokenProvider } from "@shared/data/auth/local-token-provider";
import { createGraphClient } from "@shared/data/graph/create-graph-client";
import { DataError } from "@shared/data/graph/errors";
import { startLocalStore } from "@local-store/index";
import type { Invitation } from "../../features/seance/invitation";
import { GraphInvitations, transactionIdOf } from "./graph-invitations";

const SITE = "contoso.sharepoint.com,0f8fad5b-d9cb-469f-a165-70867728950e,7c9e6679-7425-40de-944b-e07fc1f90ae7";

const invitation = (overrides: Partial<Invitation> = {}): Invitation => ({
  seanceId: "5",
  subject: "Conseil municipal du 5 décembre 2026",
  body: "Ordre du jour :\n1. <script>alert(1)</script> & tarifs",
  start: "2026-12-05T18:00:00Z",
  end: "2026-12-05T21:00:00Z",
  location: "Salle du conseil",
  attendees: [{ name: "Sophie Garnier", email: "sophie.garnier@example.fr" }, { name: "Michel Rousseau" }],
  ...overrides,
});

interface Sent {
  readonly method: string;
  readonly url: string;
  readonly body: Record<string, unknown>;
}

/** A Graph that answers from a script, behind the real client (auth and retry middleware included). */
function scriptedGraph(answers: { status: number; body?: unknown; headers?: Record<string, string> }[]) {
  const sent: Sent[] = [];
  const sleeps: number[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    sent.push({ method: request.method, url: request.url, body: (await request.json()) as Record<string, unknown> });
    const answer = answers.shift() ?? { status: 500 };
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: answer.headers ?? {},
    });
  };
  const connection = createGraphClient({
    baseUrl: "https://graph.microsoft.com/v1.0",
    tokenProvider: new LocalTokenProvider("jeton"),
    fetch,
    retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 },
  });
  return { sender: new GraphInvitations(connection, SITE, "outlook"), sent, sleeps };
}

describe("l'invitation Outlook par Graph", () => {
  it("crée l'événement à l'heure de Paris, en texte brut, avec les élus ayant un courriel comme participants obligatoires", async () => {
    const graph = scriptedGraph([{ status: 201, body: { id: "AAMkEvt1" } }]);
    await expect(graph.sender.send(invitation())).resolves.toEqual({
      channel: "outlook",
      eventId: "AAMkEvt1",
      updated: false,
    });
    const [request] = graph.sent;
    expect(request).toMatchObject({ method: "POST", url: "https://graph.microsoft.com/v1.0/me/events" });
    expect(request?.body).toEqual({
      subject: "Conseil municipal du 5 décembre 2026",
      body: { contentType: "text", content: "Ordre du jour :\n1. <script>alert(1)</script> & tarifs" },
      start: { dateTime: "2026-12-05T19:00:00", timeZone: "Europe/Paris" },
      end: { dateTime: "2026-12-05T22:00:00", timeZone: "Europe/Paris" },
      location: { displayName: "Salle du conseil" },
      attendees: [{ emailAddress: { address: "sophie.garnier@example.fr", name: "Sophie Garnier" }, type: "required" }],
      isOnlineMeeting: false,
      transactionId: transactionIdOf(SITE, "5"),
    });
  });

  it("suit l'heure d'été : 18 h UTC en juin est 20 h à Paris", async () => {
    const graph = scriptedGraph([{ status: 201, body: { id: "e" } }]);
    await graph.sender.send(invitation({ start: "2026-06-12T18:00:00Z", end: "2026-06-12T21:00:00Z" }));
    expect(graph.sent[0]?.body).toMatchObject({
      start: { dateTime: "2026-06-12T20:00:00" },
      end: { dateTime: "2026-06-12T23:00:00" },
    });
  });

  it("dérive le transactionId du site et de la séance : stable d'un envoi à l'autre, distinct sinon", () => {
    expect(transactionIdOf(SITE, "5")).toBe(transactionIdOf(SITE, "5"));
    expect(transactionIdOf(SITE, "5")).not.toBe(transactionIdOf(SITE, "6"));
    expect(transactionIdOf(SITE, "5")).not.toBe(transactionIdOf("localhost:/sites/mairie", "5"));
    expect(transactionIdOf(SITE, "5", "ancien")).not.toBe(transactionIdOf(SITE, "5"));
    expect(transactionIdOf(SITE, "5").length).toBeLessThan(40);
  });

  it("met à jour l'événement déjà envoyé par PATCH, sans transactionId, et garde son id", async () => {
    const graph = scriptedGraph([{ status: 200, body: { id: "AAMkEvt1" } }]);
    await expect(graph.sender.send(invitation({ location: "Salle des fêtes" }), "AAMkEvt1")).resolves.toMatchObject({
      eventId: "AAMkEvt1",
      updated: true,
    });
    expect(graph.sent[0]).toMatchObject({
      method: "PATCH",
      url: "https://graph.microsoft.com/v1.0/me/events/AAMkEvt1",
      body: { location: { displayName: "Salle des fêtes" } },
    });
    expect(graph.sent[0]?.body).not.toHaveProperty("transactionId");
  });

  it("recrée l'invitation supprimée dans Outlook, sous un transactionId qui lui est propre", async () => {
    const graph = scriptedGraph([
      { status: 404, body: { error: { code: "ErrorItemNotFound" } } },
      { status: 201, body: { id: "AAMkEvt2" } },
    ]);
    await expect(graph.sender.send(invitation(), "AAMkEvt1")).resolves.toMatchObject({
      eventId: "AAMkEvt2",
      updated: false,
    });
    expect(graph.sent.map((r) => r.method)).toEqual(["PATCH", "POST"]);
    expect(graph.sent[1]?.body.transactionId).toBe(transactionIdOf(SITE, "5", "AAMkEvt1"));
  });

  it("attend le Retry-After d'un 429 et renvoie la même demande, même transactionId", async () => {
    const graph = scriptedGraph([
      { status: 429, headers: { "Retry-After": "2" } },
      { status: 201, body: { id: "AAMkEvt1" } },
    ]);
    await graph.sender.send(invitation());
    expect(graph.sleeps).toEqual([2000]);
    expect(graph.sent.map((r) => r.body.transactionId)).toEqual([
      transactionIdOf(SITE, "5"),
      transactionIdOf(SITE, "5"),
    ]);
  });

  it("un refus devient une erreur en français", async () => {
    const graph = scriptedGraph([
      { status: 403, body: { error: { code: "ErrorAccessDenied", message: "Access is denied." } } },
    ]);
    const sending = graph.sender.send(invitation());
    await expect(sending).rejects.toBeInstanceOf(DataError);
    await expect(sending).rejects.toThrow(/n'avez pas le droit/);
  });
});

describe("l'invitation contre le stockage local intégré", () => {
  it("une réponse perdue après l'enregistrement, rejouée, ne crée qu'un événement ; la mise à jour garde son id", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mairie-invitation-"));
    const store = await startLocalStore({
      port: 0,
      dataDir,
      faults: [{ kind: "drop-after", path: "/v1.0/me/events", method: "POST", times: 1 }],
    });
    try {
      const connection = createGraphClient({
        baseUrl: store.graphBaseUrl,
        tokenProvider: new LocalTokenProvider(store.tokens.admin()),
        retry: { sleep: async () => undefined },
      });
      const sender = new GraphInvitations(connection, store.siteId, "stockage-local");
      const first = await sender.send(invitation());
      const retried = await sender.send(invitation());
      expect(retried.eventId).toBe(first.eventId);
      const moved = await sender.send(
        invitation({ start: "2026-12-12T18:00:00Z", end: "2026-12-12T21:00:00Z" }),
        first.eventId,
      );
      expect(moved).toEqual({ channel: "stockage-local", eventId: first.eventId, updated: true });
      expect(store.faults.injected).toHaveLength(1);
      const response = await fetch(`${store.graphBaseUrl}/me/events`, {
        headers: { Authorization: `Bearer ${store.tokens.admin()}` },
      });
      const { value } = (await response.json()) as { value: { id: string; start: unknown }[] };
      expect(value).toEqual([
        expect.objectContaining({
          id: first.eventId,
          start: { dateTime: "2026-12-12T19:00:00", timeZone: "Europe/Paris" },
        }),
      ]);
    } finally {
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
