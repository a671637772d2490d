import { ConcurrentEditError, NotFoundError, createRepositories } from "@shared/data/graph";
import type { WriteOp } from "@shared/data/graph";
import type { echeances } from "@shared/data/schema";
import { startHarness } from "./store-harness";
import type { Harness } from "./store-harness";

const echeance = (libelle: string) => ({
  libelle,
  commune: "1",
  due: "2026-03-31T00:00:00Z",
  categorie: "budget" as const,
});

describe("contrat des dépôts (stockage local en HTTP)", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.stop());

  it("lit les communes de démonstration par expand=fields(select=...)", async () => {
    const { records, problems } = await h.repos.communes.items();
    expect(problems).toEqual([]);
    expect(records.map((c) => [c.nom, c.population])).toEqual([
      ["Saint-Aubin-sur-Loire", 842],
      ["Les Essarts-le-Bas", 1210],
    ]);
    expect(h.counter.records[0]?.url).toContain(
      "expand=fields(select=Title,CodeInsee,Population,Departement,Article,EffectifLegal,TribunalAdministratif,ModePublication,EnTete,MairieClientId)",
    );
  });

  it("crée, relit, met à jour et supprime un élément", async () => {
    const created = await h.repos.echeances.create(echeance("Vote du budget"), "client-1");
    expect(created).toMatchObject({
      libelle: "Vote du budget",
      commune: "1",
      categorie: "budget",
      clientId: "client-1",
    });
    expect(created.eTag).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(await h.repos.echeances.get(created.id)).toEqual(created);
    const updated = await h.repos.echeances.update(created.id, created.eTag, { faite: true, reference: undefined });
    expect(updated.faite).toBe(true);
    expect(updated.eTag).toMatch(/,2"$/);
    await h.repos.echeances.remove(created.id, updated.eTag);
    await expect(h.repos.echeances.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("suit @odata.nextLink sur plusieurs pages et filtre sur une colonne indexée", async () => {
    const small = createRepositories(h.connection, h.store.siteId, { pageSize: 3 });
    h.counter.reset();
    const { records } = await small.points.items({ seance: "1" });
    expect(records.map((p) => p.numero)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(h.counter.count()).toBe(3);
    expect(h.counter.records[1]?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/.*(\$|%24)skiptoken=/);
  });

  it("refuse de filtrer sur une colonne non indexée, comme Graph", async () => {
    await expect(h.repos.points.items({ rapporteur: "x" })).rejects.toThrow("n'est pas indexée");
  });

  it("envoie les écritures par $batch de 20 et rend un résultat par écriture, échec compris", async () => {
    const existing = await h.repos.echeances.create(echeance("À modifier"));
    const ops: WriteOp<typeof echeances>[] = Array.from({ length: 24 }, (_, i) => ({
      kind: "create",
      clientId: `lot-${i}`,
      draft: echeance(`Échéance ${i}`),
    }));
    ops.push({ kind: "update", id: existing.id, eTag: existing.eTag, patch: { commune: "abc" } });
    ops.push({ kind: "delete", id: "9999" });
    h.counter.reset();
    const outcomes = await h.repos.echeances.writeMany(ops);
    expect(h.counter.count()).toBe(2);
    expect(outcomes.slice(0, 24).every((o) => o.ok)).toBe(true);
    const refused = outcomes[24];
    expect(refused?.ok).toBe(false);
    if (refused && !refused.ok)
      expect(refused.error.message).toMatch(/^La demande a été refusée \(400\) : Field 'CommuneLookupId'/);
    expect(outcomes[25]?.ok).toBe(true);
    const { records } = await h.repos.echeances.items();
    expect(records.filter((r) => r.libelle.startsWith("Échéance "))).toHaveLength(24);
  });

  it("transforme un 412 (ETag périmé) en ConcurrentEditError portant la version du serveur", async () => {
    const mine = await h.repos.communes.get("1");
    const theirs = await h.repos.communes.update("1", mine.eTag, { population: 850 });
    const error = await h.repos.communes.update("1", mine.eTag, { population: 843 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrentEditError);
    // The server's version is read whole: its fields, and the item's author and date, which PATCH /fields does not echo.
    expect((error as ConcurrentEditError).current).toEqual({
      ...theirs,
      createdBy: mine.createdBy,
      createdDateTime: mine.createdDateTime,
    });
    expect((error as Error).message).toContain("modifié par quelqu'un d'autre");
    expect((await h.repos.communes.get("1")).population).toBe(850);
  });

  it("une création rejouée avec les mêmes valeurs rend l'élément déjà créé, avec d'autres valeurs un conflit", async () => {
    const first = await h.repos.echeances.create(echeance("Présence de Sophie"), "presence:1:7");
    // The same write sent again (its answer was lost): already done, one item.
    await expect(
      h.repos.echeances.create({ ...echeance("Présence de Sophie"), due: "2026-03-31T00:00:00.000Z" }, "presence:1:7"),
    ).resolves.toEqual(first);
    // Another device recorded the same élu first: the user's values are not dropped in silence.
    const error = await h.repos.echeances
      .create(echeance("Absente, procuration à Paul"), "presence:1:7")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrentEditError);
    expect((error as ConcurrentEditError).current).toEqual(first);
    expect((await h.repos.echeances.items({ clientId: "presence:1:7" })).records).toHaveLength(1);
  });

  it("signale un conflit de suppression avec un ETag périmé", async () => {
    const mine = await h.repos.communes.get("2");
    await h.repos.communes.update("2", mine.eTag, { departement: "44" });
    await expect(h.repos.communes.remove("2", mine.eTag)).rejects.toBeInstanceOf(ConcurrentEditError);
  });

  it("rafraîchit par delta : modifications, créations et suppressions, puis une seule requête sans changement", async () => {
    const first = await h.repos.avis.delta();
    expect(first.changed).toHaveLength(5);
    const [a, b] = first.changed;
    if (!a || !b) throw new Error("avis de démonstration manquants");
    await h.repos.avis.update(a.id, a.eTag, { position: "reserve" });
    await h.repos.avis.remove(b.id, b.eTag);
    const added = await h.repos.avis.create({
      titre: "Nouveau",
      seance: "1",
      point: "1",
      membre: "3",
      position: "favorable",
    });
    const second = await h.repos.avis.delta(first.deltaLink);
    expect(second.changed.map((r) => r.id).sort()).toEqual([a.id, added.id].sort());
    expect(second.changed.find((r) => r.id === a.id)?.position).toBe("reserve");
    expect(second.removed).toEqual([b.id]);
    h.counter.reset();
    const third = await h.repos.avis.delta(second.deltaLink);
    expect(third).toMatchObject({ changed: [], removed: [], reset: false });
    expect(h.counter.count()).toBe(1);
  });

  it("repart de zéro quand le serveur ne reconnaît plus le lien delta (410)", async () => {
    const { deltaLink } = await h.repos.clauses.delta();
    const broken = deltaLink.replace(/token=\d+/, "token=999999");
    const result = await h.repos.clauses.delta(broken);
    expect(result.reset).toBe(true);
    expect(result.changed).toHaveLength(2);
  });
});
