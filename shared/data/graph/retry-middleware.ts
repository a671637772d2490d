import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { realSleep } from "./backoff";
import type { BackoffOptions } from "./backoff";
import { requestUrl } from "./headers";
import { silentLogger } from "./logger";
import type { DataLogger } from "./logger";
import { rateLimitPause, ThrottleGate, waitAfter } from "./throttle";

export interface RetryOptions extends BackoffOptions {
  /** Total tries, the first included. */
  readonly maxAttempts: number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
  readonly logger: DataLogger;
}

export const RETRIABLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

export const defaultRetryOptions: RetryOptions = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  random: Math.random,
  sleep: realSleep,
  now: Date.now,
  logger: silentLogger,
};

/** The answer given without asking the server while it has told this client to wait (a 429 of our own). */
function heldBack(waitMs: number): Response {
  const body = { error: { code: "throttledLocally", message: "Too many requests: waiting for the server's delay." } };
  return new Response(JSON.stringify(body), {
    status: 429,
    headers: { "Content-Type": "application/json", "Retry-After": String(Math.ceil(waitMs / 1000)) },
  });
}

/**
 * Retries throttled and unavailable answers and dropped connections. Retrying a write is safe here because every
 * write of the repositories is idempotent (client id on creates, If-Match on updates). A throttled answer holds back
 * every request of this client until its delay is over: Retry-After when it can be read, otherwise at least the
 * penalty window (a browser often cannot read Retry-After cross-origin); RateLimit headers, sent before any 429,
 * space the next requests. A delay longer than maxDelayMs is not waited for in the page: the answer goes back up
 * (and a write to the outbox, which waits as long as asked).
 */
export class RetryMiddleware implements Middleware {
  private next?: Middleware;
  private readonly options: RetryOptions;
  private readonly gate = new ThrottleGate();

  constructor(options: Partial<RetryOptions> = {}) {
    this.options = { ...defaultRetryOptions, ...options };
  }

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const { maxAttempts, logger, now } = this.options;
    const label = `${context.options?.method ?? "GET"} ${requestUrl(context.request)}`;
    for (let attempt = 0; ; attempt++) {
      // A new request waits behind the last throttling answer; a retry has just waited its own delay.
      const held = attempt === 0 ? this.gate.remaining(now()) : 0;
      if (held > this.options.maxDelayMs) {
        context.response = heldBack(held);
        return;
      }
      if (held > 0) await this.options.sleep(held);
      const last = attempt + 1 >= maxAttempts;
      let failure: unknown;
      try {
        context.response = undefined;
        await this.next?.execute(context);
      } catch (error) {
        if (last) throw error;
        failure = error;
      }
      const response = context.response;
      const pause = response ? rateLimitPause((name) => response.headers.get(name)) : undefined;
      if (pause !== undefined) this.gate.hold(pause, now());
      const status = response?.status;
      if (failure === undefined && (status === undefined || !RETRIABLE_STATUSES.has(status))) return;
      const delay = this.delayFor(attempt, response);
      if (status === 429) this.gate.hold(delay, now());
      if (failure === undefined && (last || delay > this.options.maxDelayMs)) return;
      // An unread body would pin the connection until garbage collection.
      await response?.body?.cancel().catch(() => undefined);
      logger.debug(
        `Nouvel essai ${attempt + 2}/${maxAttempts} dans ${delay} ms (${status ?? "connexion perdue"}) : ${label}`,
      );
      await this.options.sleep(delay);
    }
  }

  private delayFor(attempt: number, response: Response | undefined): number {
    if (!response) return waitAfter(0, () => undefined, attempt, { ...this.options, now: this.options.now() });
    return waitAfter(response.status, (name) => response.headers.get(name), attempt, {
      ...this.options,
      now: this.options.now(),
    });
  }
}
