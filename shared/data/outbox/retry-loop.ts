import type { Outbox } from "./outbox";

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Flushes the outbox whenever its next entry falls due; `poke` flushes now (the page came back online). */
export function startRetryLoop(outbox: Outbox, timers: Timers, now: () => number): { poke(): void; stop(): void } {
  let handle: unknown;
  let stopped = false;
  const schedule = () => {
    if (stopped) return;
    timers.clearTimeout(handle);
    const due = outbox.nextAttemptAt();
    if (due !== undefined) handle = timers.setTimeout(run, Math.max(0, due - now()));
  };
  const run = () => void outbox.flush().finally(schedule);
  schedule();
  return {
    poke: run,
    stop: () => {
      stopped = true;
      timers.clearTimeout(handle);
    },
  };
}
