import { DataError } from "@shared/data/graph";
import type { WriteOp } from "@shared/data/graph";
import type { echeances } from "@shared/data/schema";
import { startHarness } from "../contract/store-harness";
import type { Harness } from "../contract/store-harness";

const draft = (libelle: string) => ({ libelle, commune: "2", due: "2026-06-30T00:00:00Z", categorie: "rh" as const });
const creates = (prefix: string, count: number): WriteOp<typeof echeances>[] =>
  Array.from({ length: count }, (_, i) => ({
    kind: "create",
    clientId: `${prefix}-${i}`,
    draft: draft(`${prefix} ${i}`),
  }));

/** How many items of the list carry each client id: the exactly-once check. */
async function copiesByClientId(h: Harness): Promise<Map<string, number>> {
  const { records } = await h.repos.echeances.items();
  const copies = new Map<string, number>();
  for (const r of records) if (r.clientId) copies.set(r.clientId, (copies.get(r.clientId) ?? 0) + 1);
  return copies;
}

describe("pannes injectées dans le stockage local", () => {
  let h: Harness;
  afterEach(() => h.stop());

  it("attend le Retry-After d'un 429, puis enregistre une seule fois", async () => {
    h = await startHarness({
      faults: [{ kind: "throttle", method: "POST", path: "/items", times: 2, retryAfter: "7" }],
    });
    const created = await h.repos.echeances.create(draft("Après 429"), "t-1");
    expect(h.sleeps).toEqual([7000, 7000]);
    expect((await copiesByClientId(h)).get("t-1")).toBe(1);
    expect(created.clientId).toBe("t-1");
  });

  it("accepte un Retry-After en date HTTP", async () => {
    h = await startHarness({
      faults: [{ kind: "throttle", method: "GET", times: 1, retryAfter: new Date(Date.now() + 3000).toUTCString() }],
    });
    await h.repos.communes.items();
    expect(h.sleeps[0]).toBeGreaterThan(1000);
    expect(h.sleeps[0]).toBeLessThanOrEqual(3000);
  });

  it("réessaie un 503 avec un délai exponentiel borné", async () => {
    h = await startHarness({ faults: [{ kind: "unavailable", times: 3 }] });
    await h.repos.communes.items();
    expect(h.sleeps).toEqual([375, 750, 1500]);
  });

  it("rend une erreur transitoire en français quand le service reste indisponible", async () => {
    h = await startHarness({ faults: [{ kind: "unavailable", method: "POST" }] });
    const error = await h.repos.echeances.create(draft("Jamais")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).transient).toBe(true);
    expect((error as DataError).message).toBe("Le service est momentanément saturé. L'enregistrement sera réessayé.");
    expect(h.counter.count()).toBe(4);
  });

  it("supporte un délai de réponse", async () => {
    h = await startHarness({ faults: [{ kind: "delay", delayMs: 50, times: 1 }] });
    expect((await h.repos.communes.items()).records).toHaveLength(2);
  });

  it("une création dont la réponse est perdue (connexion coupée après écriture) n'est stockée qu'une fois", async () => {
    h = await startHarness({ faults: [{ kind: "drop-after", method: "POST", path: "/items", times: 1 }] });
    const created = await h.repos.echeances.create(draft("Réponse perdue"), "lost-1");
    expect(created.libelle).toBe("Réponse perdue");
    expect((await copiesByClientId(h)).get("lost-1")).toBe(1);
    expect(h.store.faults.injected.map((f) => f.kind)).toEqual(["drop-after"]);
  });

  it("une mise à jour rejouée après une réponse perdue n'est pas prise pour un conflit", async () => {
    h = await startHarness({ faults: [{ kind: "drop-after", method: "PATCH", times: 1 }] });
    const commune = await h.repos.communes.get("1");
    const updated = await h.repos.communes.update("1", commune.eTag, { population: 845 });
    expect(updated.population).toBe(845);
    expect(updated.eTag).toMatch(/,2"$/);
  });

  it("une suppression rejouée après une réponse perdue réussit", async () => {
    h = await startHarness({ faults: [{ kind: "drop-after", method: "DELETE", times: 1 }] });
    const item = await h.repos.echeances.create(draft("À supprimer"));
    await h.repos.echeances.remove(item.id, item.eTag);
    expect((await h.repos.echeances.items()).records.some((r) => r.id === item.id)).toBe(false);
  });

  it("une connexion coupée avant traitement est réessayée", async () => {
    h = await startHarness({ faults: [{ kind: "drop", times: 2 }] });
    expect((await h.repos.communes.items()).records).toHaveLength(2);
    expect(h.counter.records.filter((r) => r.status === undefined)).toHaveLength(2);
  });

  it("un lot $batch dont la réponse est perdue est rejoué sans doublon", async () => {
    h = await startHarness({ faults: [{ kind: "drop-after", path: "$batch", times: 1 }] });
    const outcomes = await h.repos.echeances.writeMany(creates("lot", 30));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const copies = await copiesByClientId(h);
    for (let i = 0; i < 30; i++) expect(copies.get(`lot-${i}`)).toBe(1);
  });

  it("un lot refusé en bloc (503) n'est réessayé que par le client HTTP : quatre essais en tout, pas seize", async () => {
    h = await startHarness({ faults: [{ kind: "unavailable", path: "$batch" }] });
    const outcomes = await h.repos.echeances.writeMany(creates("bloc", 3));
    expect(outcomes.map((o) => !o.ok && o.error.transient)).toEqual([true, true, true]);
    expect(h.counter.count()).toBe(4);
  });

  it("réessaie les sous-requêtes d'un lot refusées en 429 et elles seules", async () => {
    h = await startHarness({
      faults: [{ kind: "throttle", scope: "batch-item", method: "POST", times: 3, retryAfter: "4" }],
    });
    const outcomes = await h.repos.echeances.writeMany(creates("sub", 10));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(h.sleeps).toEqual([4000]);
    expect(h.counter.count()).toBe(2);
    const copies = await copiesByClientId(h);
    expect([...copies.values()].every((n) => n === 1)).toBe(true);
    expect(copies.size).toBe(10);
  });

  it("sous pannes aléatoires (graine fixe), chaque écriture confirmée est stockée une fois, chaque échec est signalé", async () => {
    h = await startHarness();
    h.store.faults.random({
      seed: 42,
      rate: 0.35,
      scope: "both",
      kinds: ["throttle", "unavailable", "drop", "drop-after", "delay"],
    });
    const ops = creates("chaos", 80);
    const outcomes = [];
    for (const op of ops.slice(0, 20)) outcomes.push(...(await h.repos.echeances.writeMany([op])));
    for (let i = 20; i < ops.length; i += 20)
      outcomes.push(...(await h.repos.echeances.writeMany(ops.slice(i, i + 20))));
    const injected = h.store.faults.injected.length;
    h.store.faults.clear();
    const copies = await copiesByClientId(h);
    expect(injected).toBeGreaterThan(3);
    expect(outcomes).toHaveLength(80);
    for (const outcome of outcomes) {
      const clientId = (outcome.op as { clientId: string }).clientId;
      if (outcome.ok) expect(copies.get(clientId)).toBe(1);
      else {
        expect(outcome.error.transient).toBe(true);
        expect(copies.get(clientId) ?? 0).toBeLessThanOrEqual(1);
      }
    }
  });
});
