import fs from "node:fs";
import path from "node:path";
import { LocalTokenProvider } from "@shared/data/auth/local-token-provider";
import {
  DocumentChangedError,
  DocumentExistsError,
  GraphDocuments,
  SIMPLE_UPLOAD_LIMIT,
} from "@shared/data/drive/graph-documents";
import { createGraphClient, createRequestCounter } from "@shared/data/graph";
import { startHarness } from "./store-harness";
import type { Harness } from "./store-harness";

const SECRETAIRE = "secretariat@saint-aubin-sur-loire.example";
const SOPHIE = "s.garnier@saint-aubin-sur-loire.example";
const LUC = "luc.martin@les-essarts-le-bas.example";

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("bibliothèque de documents : les appels drive de Graph sur le stockage local", () => {
  let h: Harness;
  const asMember = (email: string) => {
    const counter = createRequestCounter();
    const connection = createGraphClient({
      baseUrl: h.store.graphBaseUrl,
      tokenProvider: new LocalTokenProvider(h.store.tokens.forMember(email)),
      onRequest: counter.hook,
      retry: { sleep: async () => undefined },
    });
    return { docs: new GraphDocuments(connection, h.store.siteId), counter };
  };
  const admin = () => new GraphDocuments(h.connection, h.store.siteId);

  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.stop());

  it("range un fichier dans le dossier de la séance, le liste, le relit, et le garde dans .data/ après redémarrage", async () => {
    const { docs, counter } = asMember(SECRETAIRE);
    expect(await docs.listSeance("1")).toEqual([]);
    counter.reset();
    const file = await docs.upload("1", "Convocation.docx", bytesOf("convocation"), { conflict: "fail" });
    expect(counter.count()).toBe(1);
    expect(file).toMatchObject({ name: "Convocation.docx", size: 11, columns: {} });
    expect(file.webUrl).toMatch(/Documents%20partages\/S%C3%A9ances\/S%C3%A9ance%201\/Convocation\.docx$/);
    expect(file.eTag).not.toBe(file.cTag);
    expect((await docs.listSeance("1")).map((f) => f.name)).toEqual(["Convocation.docx"]);
    expect(new TextDecoder().decode(await docs.download(file.id))).toBe("convocation");

    const dataDir = h.dataDir;
    await h.stop();
    h = await startHarness({ dataDir });
    expect(fs.readdirSync(path.join(dataDir, "drive", "content"))).toContain(file.id);
    expect(new TextDecoder().decode(await admin().download(file.id))).toBe("convocation");
  });

  it("applique conflictBehavior et If-Match (eTag ou cTag) : jamais d'écrasement d'une version non lue", async () => {
    const docs = admin();
    const first = await docs.upload("1", "Projet.docx", bytesOf("v1"), { conflict: "fail" });
    await expect(docs.upload("1", "Projet.docx", bytesOf("v2"), { conflict: "fail" })).rejects.toBeInstanceOf(
      DocumentExistsError,
    );
    const renamed = await docs.upload("1", "Projet.docx", bytesOf("autre"), { conflict: "rename" });
    expect(renamed.name).toBe("Projet 1.docx");
    const second = await docs.upload("1", "Projet.docx", bytesOf("v2"), { conflict: "replace", ifMatch: first.cTag });
    expect(second.id).toBe(first.id);
    expect(second.cTag).not.toBe(first.cTag);
    await expect(
      docs.upload("1", "Projet.docx", bytesOf("v3"), { conflict: "replace", ifMatch: first.eTag }),
    ).rejects.toThrow("Le document a été modifié depuis : le remplacer ?");
    expect(new TextDecoder().decode(await docs.download(first.id))).toBe("v2");
    await expect(docs.remove(first.id, first.eTag)).rejects.toBeInstanceOf(DocumentChangedError);
    await docs.remove(first.id, second.eTag);
    expect((await docs.listSeance("1")).map((f) => f.name)).toEqual(["Projet 1.docx"]);
  });

  it("écrit les colonnes de la bibliothèque en un lot : l'eTag change, le cTag non ; une valeur hors choix est refusée", async () => {
    const docs = admin();
    const a = await docs.upload("1", "A.docx", bytesOf("a"), { conflict: "fail" });
    const b = await docs.upload("1", "B.docx", bytesOf("b"), { conflict: "fail" });
    h.counter.reset();
    const outcomes = await docs.setColumns([
      { id: a.id, columns: { seance: "1", type: "convocation", statut: "brouillon", generatedCTag: a.cTag } },
      { id: b.id, columns: { seance: "1", point: "2", type: "projet-deliberation", statut: "brouillon" } },
    ]);
    expect(outcomes).toEqual([undefined, undefined]);
    expect(h.counter.count()).toBe(1);
    const read = await docs.get(a.id);
    expect(read.columns).toEqual({ seance: "1", type: "convocation", statut: "brouillon", generatedCTag: a.cTag });
    expect(read.cTag).toBe(a.cTag);
    expect(read.eTag).not.toBe(a.eTag);
    expect(read.version).toBe("1.0");
    const listed = await docs.listSeance("1");
    expect(listed.find((f) => f.id === b.id)?.columns).toMatchObject({ point: "2", type: "projet-deliberation" });
    const refused = await docs.setColumns([{ id: a.id, columns: { statut: "signe" as "relu" } }]);
    expect(refused[0]?.message).toMatch(/refusée \(400\)/);
  });

  it("envoie un gros fichier par une session d'envoi, en fragments de 320 Kio, sans jeton sur l'adresse de session", async () => {
    const docs = admin();
    const big = new Uint8Array(SIMPLE_UPLOAD_LIMIT + 12345).map((_, i) => i % 251);
    h.counter.reset();
    const file = await docs.upload("1", "Annexe.docx", big, { conflict: "fail" });
    // Only the session's creation goes through the Graph client; the fragments go to the pre-authenticated URL.
    expect(h.counter.records.map((r) => r.method)).toEqual(["POST"]);
    expect(file.size).toBe(big.length);
    expect(Buffer.from(await docs.download(file.id)).equals(Buffer.from(big))).toBe(true);
    const session = (await (
      await fetch(
        `${h.store.graphBaseUrl}/sites/${h.store.siteId}/drive/root:/S%C3%A9ances/S%C3%A9ance%201/X.docx:/createUploadSession`,
        {
          method: "POST",
          headers: { Authorization: `Bearer ${h.store.tokens.admin()}`, "Content-Type": "application/json" },
          body: "{}",
        },
      )
    ).json()) as { uploadUrl: string };
    const withToken = await fetch(session.uploadUrl, {
      method: "PUT",
      headers: { Authorization: `Bearer ${h.store.tokens.admin()}`, "Content-Range": "bytes 0-1/2" },
      body: "ab",
    });
    expect(withToken.status).toBe(401);
    const odd = await fetch(session.uploadUrl, {
      method: "PUT",
      headers: { "Content-Range": "bytes 0-9/20" },
      body: "0123456789",
    });
    expect(odd.status).toBe(400);
  });

  it("suit les droits de la séance : l'élu lit sans écrire, la secrétaire d'une autre commune ne voit rien", async () => {
    await admin().upload("1", "Convocation.docx", bytesOf("c"), { conflict: "fail" });
    await h.repos.membres.create({ nom: "Luc Martin", email: LUC, role: "secretaire", commune: "2" });
    const elu = asMember(SOPHIE).docs;
    expect((await elu.listSeance("1")).map((f) => f.name)).toEqual(["Convocation.docx"]);
    await expect(elu.upload("1", "Avis.docx", bytesOf("x"), { conflict: "fail" })).rejects.toThrow(
      "Vous n'avez pas le droit de faire cette opération sur ce site SharePoint.",
    );
    const luc = asMember(LUC).docs;
    expect(await luc.listSeance("1")).toEqual([]);
    await expect(luc.upload("1", "Intrus.docx", bytesOf("x"), { conflict: "fail" })).rejects.toMatchObject({
      status: 403,
    });
    await expect(luc.upload("3", "Convocation.docx", bytesOf("x"), { conflict: "fail" })).resolves.toMatchObject({
      name: "Convocation.docx",
    });
  });
});
