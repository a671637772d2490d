import { startHarness } from "./store-harness";
import type { Harness } from "./store-harness";

const SCRIPT = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
const TRICKY = `L'élu « O'Hara » ; DROP TABLE avis; -- \${process.env} {{7*7}} \u202e\u0000 🙂`;

describe("valeurs hostiles : de la donnée inerte", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.stop());

  it("garde balises et caractères spéciaux tels quels, aller et retour", async () => {
    const created = await h.repos.avis.create(
      { titre: SCRIPT, seance: "1", point: "2", membre: "3", position: "question", commentaire: TRICKY },
      TRICKY.slice(0, 30),
    );
    const read = await h.repos.avis.get(created.id);
    expect(read.titre).toBe(SCRIPT);
    expect(read.commentaire).toBe(TRICKY);
    const byClientId = await h.repos.avis.items({ clientId: TRICKY.slice(0, 30) });
    expect(byClientId.records.map((r) => r.id)).toEqual([created.id]);
  });

  it("fait l'aller-retour d'un texte long de 100 Ko dans une colonne multiligne", async () => {
    const long = "Exposé des motifs. ".repeat(5300).slice(0, 100_000);
    const created = await h.repos.points.create({
      titre: "Long",
      seance: "1",
      numero: 9,
      nature: "information",
      expose: long,
    });
    expect((await h.repos.points.get(created.id)).expose).toBe(long);
  });

  it("refuse 100 Ko dans une colonne d'une ligne, avec un message clair, sans rien stocker", async () => {
    const before = (await h.repos.communes.items()).records.length;
    const error = await h.repos.communes.create({ nom: "x".repeat(100_000) }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      "La demande a été refusée (400) : Field 'Title' is longer than 255 characters.",
    );
    expect((await h.repos.communes.items()).records).toHaveLength(before);
  });

  it("refuse un type faux à l'écriture et signale sans planter un type faux déjà présent", async () => {
    const wrong = { nom: "Typée", population: "beaucoup" as unknown as number };
    await expect(h.repos.communes.create(wrong)).rejects.toThrow("Field 'Population' has an invalid value");
    // Foreign data written by another tool, straight through Graph: a choice outside the list, no title.
    const raw = await fetch(
      `${h.store.graphBaseUrl}/sites/${encodeURIComponent(h.store.siteId)}/lists/S%C3%A9ances/items`,
      {
        method: "POST",
        headers: { Authorization: `Bearer ${h.store.tokens.admin()}`, "Content-Type": "application/json" },
        body: JSON.stringify({ fields: { CommuneLookupId: "1", DateSeance: "2026-01-01", Statut: "reportee" } }),
      },
    );
    expect(raw.status).toBe(201);
    const { records, problems } = await h.repos.seances.items();
    expect(records).toHaveLength(3);
    expect(problems.map((p) => p.message)).toEqual([
      "Séances, élément 4 : « Intitulé » est obligatoire mais vide.",
      "Séances, élément 4 : « Statut » devrait être l'une des valeurs preparation, convoquee, tenue, close (reçu : « reportee »).",
    ]);
  });

  it("refuse une requête sans jeton, comme Graph", async () => {
    const answer = await fetch(`${h.store.graphBaseUrl}/sites/root/lists`);
    expect(answer.status).toBe(401);
    expect(await answer.json()).toMatchObject({ error: { code: "InvalidAuthenticationToken" } });
  });
});
