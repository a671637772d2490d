import { Outbox, MemoryStorage } from "@shared/data/outbox";
import type { OutboxSender } from "@shared/data/outbox";
import { startHarness } from "../contract/store-harness";
import type { Harness } from "../contract/store-harness";

const echeance = (clientId: string) => ({
  kind: "create" as const,
  clientId,
  draft: { libelle: clientId, commune: "1", due: "2026-01-15T00:00:00Z", categorie: "autre" as const },
});

describe("file d'attente des écritures face au stockage en panne", () => {
  let h: Harness;
  let outbox: Outbox;
  let now = 0;
  beforeEach(async () => {
    h = await startHarness();
    const send: OutboxSender = (list, ops) => h.repos[list].writeMany(ops as never);
    outbox = new Outbox({ storage: new MemoryStorage(), send, now: () => now, backoff: { random: () => 0 } });
  });
  afterEach(() => h.stop());

  async function copies(clientId: string): Promise<number> {
    return (await h.repos.echeances.items({ clientId })).records.length;
  }

  it("met en file les écritures refusées par un service indisponible, puis les enregistre une fois au retour", async () => {
    h.store.faults.add({ kind: "unavailable", path: "$batch" });
    for (const id of ["p-1", "p-2", "p-3"])
      expect((await outbox.submit("echeances", echeance(id))).status).toBe("queued");
    expect(outbox.entries().map((e) => e.key)).toEqual(["p-1", "p-2", "p-3"]);
    h.store.faults.clear();
    now += 60_000;
    await outbox.flush();
    expect(outbox.entries()).toEqual([]);
    for (const id of ["p-1", "p-2", "p-3"]) expect(await copies(id)).toBe(1);
  });

  it("rejoue sans doublon une écriture stockée dont aucune réponse n'est arrivée", async () => {
    h.store.faults.add({ kind: "drop-after", path: "$batch", times: 4 });
    expect((await outbox.submit("echeances", echeance("lost"))).status).toBe("queued");
    expect(await copies("lost")).toBe(1);
    now += 60_000;
    await outbox.flush();
    expect(outbox.entries()).toEqual([]);
    expect(await copies("lost")).toBe(1);
  });
});
