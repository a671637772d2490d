import { ConcurrentEditError, DataError } from "../graph/errors";
import type { WriteOutcome } from "../graph/repository";
import type { WriteOp } from "../graph/write-ops";
import type { AnyList, ListKey } from "../schema";
import { Outbox } from "./outbox";
import type { OutboxSender } from "./outbox";
import { MemoryStorage } from "./storage";

const create = (clientId: string): WriteOp<AnyList> => ({
  kind: "create",
  clientId,
  draft: { nom: clientId } as never,
});

/** A sender whose answers the test scripts, one function per call. */
function scripted(...answers: ((ops: readonly WriteOp<AnyList>[]) => WriteOutcome<AnyList>[])[]) {
  const calls: { list: ListKey; ops: readonly WriteOp<AnyList>[] }[] = [];
  const send: OutboxSender = (list, ops) => {
    calls.push({ list, ops });
    const answer = answers[calls.length - 1];
    return answer ? Promise.resolve(answer(ops)) : Promise.reject(new Error("appel imprévu"));
  };
  return { send, calls };
}

const allOk = (ops: readonly WriteOp<AnyList>[]) => ops.map((op) => ({ ok: true as const, op }));
const allFail = (error: DataError) => (ops: readonly WriteOp<AnyList>[]) =>
  ops.map((op) => ({ ok: false as const, op, error }));
const down = new DataError("Le serveur ne répond pas.", 0);

describe("Outbox", () => {
  let now = 1_000;
  const clock = () => now;
  beforeEach(() => {
    now = 1_000;
  });

  it("envoie tout de suite et ne garde rien quand l'écriture réussit", async () => {
    const storage = new MemoryStorage();
    const { send, calls } = scripted(allOk);
    const outbox = new Outbox({ storage, send, now: clock });
    const result = await outbox.submit("communes", create("a"));
    expect(result.status).toBe("saved");
    expect(calls).toHaveLength(1);
    expect(outbox.entries()).toEqual([]);
  });

  it("garde un champ effacé (undefined) dans la file enregistrée, en null comme l'attend le PATCH de Graph", async () => {
    const storage = new MemoryStorage();
    const clear: WriteOp<AnyList> = { kind: "update", id: "7", eTag: '"e"', patch: { mandataire: undefined } as never };
    const first = new Outbox({ storage, send: scripted(allFail(down)).send, now: clock, backoff: { random: () => 1 } });
    expect((await first.submit("presences", clear)).status).toBe("queued");

    now = 10_000;
    const { send, calls } = scripted(allOk);
    await new Outbox({ storage, send, now: clock }).flush();
    expect(calls[0]?.ops).toEqual([{ kind: "update", id: "7", eTag: '"e"', patch: { mandataire: null } }]);
  });

  it("garde une écriture qui échoue, survit à un rechargement et la rejoue après le délai", async () => {
    const storage = new MemoryStorage();
    const first = new Outbox({ storage, send: scripted(allFail(down)).send, now: clock, backoff: { random: () => 1 } });
    const result = await first.submit("communes", create("a"));
    expect(result.status).toBe("queued");
    expect(first.entries()).toMatchObject([
      { key: "a", state: "pending", attempts: 1, nextAttemptAt: 3_000, lastError: "Le serveur ne répond pas." },
    ]);

    // The page is reloaded: a new Outbox on the same storage finds the write.
    const { send, calls } = scripted(allOk);
    const second = new Outbox({ storage, send, now: clock });
    expect((await second.flush()).size).toBe(0);
    now = 3_000;
    await second.flush();
    expect(calls.map((c) => c.ops)).toEqual([[create("a")]]);
    expect(second.entries()).toEqual([]);
  });

  it("regroupe les écritures dues par liste", async () => {
    const storage = new MemoryStorage();
    const { send, calls } = scripted(allFail(down), allOk, allOk);
    const outbox = new Outbox({ storage, send, now: clock, backoff: { random: () => 0 } });
    await outbox.submit("communes", create("a"));
    storage.setItem(
      "mairie.outbox",
      JSON.stringify([
        ...outbox.entries(),
        { key: "b", list: "communes", op: create("b"), state: "pending", attempts: 0, nextAttemptAt: 0 },
        { key: "c", list: "avis", op: create("c"), state: "pending", attempts: 0, nextAttemptAt: 0 },
      ]),
    );
    now = 10_000;
    await outbox.flush();
    expect(calls.slice(1).map((c) => [c.list, c.ops.length])).toEqual([
      ["communes", 2],
      ["avis", 1],
    ]);
  });

  it("retour du réseau : les écritures en attente partent tout de suite, sans attendre leur délai", async () => {
    const storage = new MemoryStorage();
    const { send, calls } = scripted(allFail(down), allFail(new ConcurrentEditError({ id: "1" })), allOk);
    const outbox = new Outbox({ storage, send, now: clock, backoff: { random: () => 1 } });
    await outbox.submit("communes", create("a"));
    await outbox.submit("communes", { kind: "update", id: "1", eTag: '"g,1"', patch: {} });
    await outbox.flush();
    expect(calls).toHaveLength(2);
    outbox.expedite();
    await outbox.flush();
    expect(calls.map((c) => c.ops)).toEqual([
      [create("a")],
      [{ kind: "update", id: "1", eTag: '"g,1"', patch: {} }],
      [create("a")],
    ]);
    expect(outbox.entries().map((e) => e.state)).toEqual(["conflict"]);
  });

  it("une création soumise à nouveau avec le même identifiant client remplace celle qui attendait", async () => {
    const { send, calls } = scripted(allFail(down), allFail(down));
    const outbox = new Outbox({ storage: new MemoryStorage(), send, now: clock });
    await outbox.submit("clauses", create("c"));
    await expect(outbox.submit("clauses", create("c"))).resolves.toMatchObject({ status: "queued" });
    expect(calls.map((c) => c.ops)).toEqual([[create("c")], [create("c")]]);
    expect(outbox.entries()).toMatchObject([{ key: "c", attempts: 1 }]);
  });

  it("met de côté un conflit pour l'utilisateur, puis le rejoue avec le nouvel eTag", async () => {
    const storage = new MemoryStorage();
    const { send, calls } = scripted(allFail(new ConcurrentEditError({ id: "1" })), allOk);
    const outbox = new Outbox({ storage, send, now: clock });
    const op: WriteOp<AnyList> = { kind: "update", id: "1", eTag: '"g,1"', patch: {} };
    const result = await outbox.submit("communes", op);
    expect(result.status).toBe("conflict");
    if (result.status === "saved") throw new Error("inattendu");
    expect(outbox.nextAttemptAt()).toBeUndefined();
    outbox.rebase(result.entry.key, { id: "1", eTag: '"g,2"' });
    await outbox.flush();
    expect(calls[1]?.ops).toEqual([{ ...op, eTag: '"g,2"' }]);
    expect(outbox.entries()).toEqual([]);
  });

  it("classe un refus définitif (400) à part, que l'utilisateur peut abandonner", async () => {
    const outbox = new Outbox({
      storage: new MemoryStorage(),
      send: scripted(allFail(new DataError("Refusé.", 400))).send,
      now: clock,
    });
    const result = await outbox.submit("communes", create("z"));
    expect(result.status).toBe("rejected");
    outbox.discard("z");
    expect(outbox.entries()).toEqual([]);
  });

  it("une session expirée (401) garde l'écriture en attente de la prochaine connexion", async () => {
    const { send } = scripted(allFail(new DataError("Votre session a expiré : reconnectez-vous.", 401)));
    const outbox = new Outbox({ storage: new MemoryStorage(), send, now: clock });
    await expect(outbox.submit("communes", create("s"))).resolves.toMatchObject({ status: "queued" });
    expect(outbox.entries()).toMatchObject([{ key: "s", state: "pending", attempts: 1 }]);
  });

  it("un envoi qui échoue en bloc compte comme un essai : il est espacé, jamais relancé en boucle", async () => {
    const send: OutboxSender = () => Promise.reject(new Error("jeton indisponible"));
    const outbox = new Outbox({ storage: new MemoryStorage(), send, now: clock, backoff: { random: () => 0 } });
    await outbox.submit("communes", create("b"));
    expect(outbox.entries()).toMatchObject([{ key: "b", state: "pending", attempts: 1, nextAttemptAt: 2_000 }]);
  });

  it("prévient la page à chaque changement de la file", async () => {
    const outbox = new Outbox({ storage: new MemoryStorage(), send: scripted(allFail(down)).send, now: clock });
    const seen: number[] = [];
    outbox.subscribe((entries) => seen.push(entries.length));
    await outbox.submit("communes", create("a"));
    expect(seen).toEqual([1, 1]);
  });

  it("résiste à un stockage corrompu", () => {
    const storage = new MemoryStorage();
    storage.setItem("mairie.outbox", "{pas du json");
    expect(new Outbox({ storage, send: scripted().send, now: clock }).entries()).toEqual([]);
  });
});
