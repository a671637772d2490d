import { Outbox } from "./outbox";
import type { OutboxSender } from "./outbox";
import { startRetryLoop } from "./retry-loop";
import { MemoryStorage } from "./storage";

describe("startRetryLoop", () => {
  it("programme le prochain essai à l'échéance de la plus ancienne écriture en attente", async () => {
    const storage = new MemoryStorage();
    storage.setItem(
      "mairie.outbox",
      JSON.stringify([
        {
          key: "a",
          list: "communes",
          op: { kind: "delete", id: "1" },
          state: "pending",
          attempts: 1,
          nextAttemptAt: 5_000,
        },
      ]),
    );
    const sent: string[] = [];
    const send: OutboxSender = (_list, ops) => {
      sent.push(ops.map((op) => op.kind).join());
      return Promise.resolve(ops.map((op) => ({ ok: true as const, op })));
    };
    let now = 1_000;
    const outbox = new Outbox({ storage, send, now: () => now });
    const timers: { ms: number; callback: () => void }[] = [];
    const loop = startRetryLoop(
      outbox,
      { setTimeout: (callback, ms) => timers.push({ callback, ms }), clearTimeout: () => undefined },
      () => now,
    );
    expect(timers.map((t) => t.ms)).toEqual([4_000]);
    now = 5_000;
    timers[0]?.callback();
    await outbox.flush();
    expect(sent).toEqual(["delete"]);
    loop.stop();
  });
});
