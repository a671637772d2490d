import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startLocalStore } from "../local-store";
import type { LocalStore } from "../local-store";
import { libraryColumnDefinitions } from "@shared/data/drive/library-columns";
import { LISTS } from "@shared/data/schema";
import { runProvision } from "./provision";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

/**
 * A fresh, empty local store for each test of the block, its admin token, and `run` calling provision against it
 * with the environment `local.env` (a test may replace it).
 */
function againstLocalStore(dirPrefix: string) {
  const local = {} as { store: LocalStore; env: Record<string, string>; admin: string };
  beforeEach(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), dirPrefix));
    local.store = await startLocalStore({ port: 0, dataDir, seed: false });
    local.admin = local.store.tokens.admin();
    local.env = { MAIRIE_GRAPH_URL: local.store.graphBaseUrl, MAIRIE_DATA_DIR: dataDir };
  });
  afterEach(() => local.store.close());
  const run = async (...argv: string[]) => {
    const c = capture();
    const status = await runProvision(["provision", ...argv], c.io, { env: local.env });
    return { status, ...c };
  };
  return { local, run };
}

describe("mairie provision (contre le stockage local)", () => {
  const { local, run } = againstLocalStore("mairie-provision-");

  it("crée toutes les listes, puis ne change plus rien au second passage", async () => {
    const first = await run("--site", "https://localhost/sites/mairie");
    expect(first.status).toBe(0);
    expect(first.out[0]).toBe("Site : Mairie (stockage local).");
    expect(first.out).toContain("Liste « Séances » créée (12 colonnes).");
    // The site's document library exists already: its columns are added to it.
    for (const column of ["Séance", "Point", "Type de document", "Statut"])
      expect(first.out).toContain(`Colonne « ${column} » ajoutée à la bibliothèque « Documents ».`);
    // And the commune's « Publications » library, a document library of its own (POST /lists, documentLibrary).
    expect(first.out).toContain("Bibliothèque « Publications » créée.");
    expect(first.out.slice(-2)).toEqual([
      `Fait : ${LISTS.length + 1} liste(s) créée(s), ${libraryColumnDefinitions().length} colonne(s) ajoutée(s).`,
      "Vérification : conforme.",
    ]);
    const second = await run("--site", "https://localhost/sites/mairie");
    expect(second.out).toEqual(["Site : Mairie (stockage local).", "Rien à changer : le site est à jour."]);
  });

  it("ajoute seulement les colonnes manquantes d'une liste existante", async () => {
    const headers = { Authorization: `Bearer ${local.admin}`, "Content-Type": "application/json" };
    const lists = `${local.store.graphBaseUrl}/sites/root/lists`;
    const made = await fetch(lists, {
      method: "POST",
      headers,
      body: JSON.stringify({ displayName: "Communes", columns: [{ name: "Population", number: {} }] }),
    });
    expect(made.status).toBe(201);
    const result = await run("--site", "http://127.0.0.1/sites/mairie");
    expect(result.out).toContain("Colonne « Code INSEE » ajoutée à « Communes ».");
    expect(result.out.some((line) => line.includes("« Population municipale »"))).toBe(false);
    expect(result.out.some((line) => line.startsWith("Liste « Communes »"))).toBe(false);
  });

  it("en simulation, dit ce qu'il ferait sans rien écrire", async () => {
    const dry = await run("--site", "https://localhost/sites/mairie", "--dry-run");
    expect(dry.status).toBe(0);
    expect(dry.out[0]).toBe("Site : Mairie (stockage local) (simulation, rien ne sera modifié).");
    expect(dry.out).toContain("Liste « Avis des élus » à créer (10 colonnes).");
    expect(dry.out).toContain("Colonne « Type de document » à ajouter à la bibliothèque « Documents ».");
    expect(dry.out).toContain("Bibliothèque « Publications » à créer.");
    const answer = await fetch(`${local.store.graphBaseUrl}/sites/root/lists`, {
      headers: { Authorization: `Bearer ${local.admin}` },
    });
    expect(((await answer.json()) as { value: unknown[] }).value).toEqual([]);
  });

  it("sort en 2 avec un message clair pour un site inconnu ou des options invalides", async () => {
    const unknown = await run("--site", "https://localhost/sites/ailleurs");
    expect(unknown).toMatchObject({
      status: 2,
      err: ["mairie provision : Site introuvable : https://localhost/sites/ailleurs."],
    });
    expect((await run()).err[0]).toMatch(/^mairie provision : --site est obligatoire\. Usage/);
    expect((await run("--site", "x", "--force")).err[0]).toMatch(/Option inconnue : --force/);
  });

  it("la bibliothèque de documents ne prend de valeurs que dans les colonnes créées par provision", async () => {
    const headers = { Authorization: `Bearer ${local.admin}`, "Content-Type": "application/octet-stream" };
    const drive = `${local.store.graphBaseUrl}/sites/root/drive`;
    const put = await fetch(`${drive}/root:/Séances/Séance 1/Convocation.docx:/content`, {
      method: "PUT",
      headers,
      body: new Uint8Array([1]),
    });
    const file = (await put.json()) as { id: string };
    const patch = () =>
      fetch(`${drive}/items/${file.id}/listItem/fields`, {
        method: "PATCH",
        headers: { ...headers, "Content-Type": "application/json" },
        body: JSON.stringify({ TypeDocument: "convocation", Statut: "brouillon" }),
      });
    // As on SharePoint: a column the library does not have is refused.
    expect((await patch()).status).toBe(400);
    await run("--site", "https://localhost/sites/mairie");
    expect((await patch()).status).toBe(200);
  });

  it("refuse de partir vers Graph sans jeton", async () => {
    local.env = {};
    const result = await run("--site", "https://contoso.sharepoint.com/sites/mairie");
    expect(result.status).toBe(2);
    expect(result.err[0]).toContain("MAIRIE_GRAPH_TOKEN");
  });
});

describe("mairie provision --check (contre le stockage local)", () => {
  const { local, run } = againstLocalStore("mairie-provision-check-");

  it("après la création, relit le site et imprime « conforme »", async () => {
    const created = await run("--site", "https://localhost/sites/mairie");
    expect(created.out.at(-1)).toBe("Vérification : conforme.");
    const check = await run("--site", "https://localhost/sites/mairie", "--check");
    expect(check).toMatchObject({
      status: 0,
      out: [
        "Site : Mairie (stockage local).",
        "Permissions non relues : définissez MAIRIE_SHAREPOINT_TOKEN pour les vérifier aussi.",
        "Vérification : conforme.",
      ],
    });
  });

  it("--permissions exige un jeton de SharePoint", async () => {
    const result = await run("--site", "https://localhost/sites/mairie", "--permissions");
    expect(result).toMatchObject({
      status: 2,
      err: ["mairie provision : --permissions demande MAIRIE_SHAREPOINT_TOKEN (un jeton de SharePoint, pas de Graph)."],
    });
  });

  it("signale une liste « Publications » qui n'est pas une bibliothèque de documents", async () => {
    const made = await fetch(`${local.store.graphBaseUrl}/sites/root/lists`, {
      method: "POST",
      headers: { Authorization: `Bearer ${local.admin}`, "Content-Type": "application/json" },
      body: JSON.stringify({ displayName: "Publications", list: { template: "genericList" } }),
    });
    expect(made.status).toBe(201);
    const check = await run("--site", "https://localhost/sites/mairie", "--check");
    expect(check.out).toContain("Écart : « Publications » : c'est une liste, pas une bibliothèque de documents.");
  });

  it("nomme chaque écart : liste absente, colonne sans index ni unicité, autre type", async () => {
    const headers = { Authorization: `Bearer ${local.admin}`, "Content-Type": "application/json" };
    const made = await fetch(`${local.store.graphBaseUrl}/sites/root/lists`, {
      method: "POST",
      headers,
      body: JSON.stringify({
        displayName: "Communes",
        columns: [
          { name: "CodeInsee", text: {} },
          { name: "MairieClientId", text: {} },
          { name: "Population", text: {} },
        ],
      }),
    });
    expect(made.status).toBe(201);
    const check = await run("--site", "https://localhost/sites/mairie", "--check");
    expect(check.status).toBe(1);
    expect(check.out).toContain("Écart : « Séances » : liste absente.");
    expect(check.out).toContain(
      "Écart : « Publications » : bibliothèque de documents absente (publication électronique des actes).",
    );
    expect(check.out).toContain("Écart : « Communes » / « Identifiant client » (MairieClientId) : non indexée.");
    expect(check.out).toContain(
      "Écart : « Communes » / « Identifiant client » (MairieClientId) : valeurs non uniques.",
    );
    expect(check.out.some((line) => /\(Population\) : type text au lieu de number/.test(line))).toBe(true);
    expect(check.out).toContain("Écart : « Documents » / « Type de document » (TypeDocument) : colonne absente.");
    expect(check.out.at(-1)).toMatch(/^Vérification : \d+ écart\(s\)\. Exécutez `mairie provision`/);
  });
});
