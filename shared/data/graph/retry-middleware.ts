import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { backoffDelay, realSleep, retryAfterMs } from "./backoff";
import type { BackoffOptions } from "./backoff";
import { requestUrl } from "./headers";
import { silentLogger } from "./logger";
import type { DataLogger } from "./logger";

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

/**
 * Retries throttled and unavailable answers (honouring Retry-After) and dropped connections. Retrying a write is
 * safe here because every write of the repositories is idempotent (client id on creates, If-Match on updates).
 * A Retry-After longer than maxDelayMs is not waited for: the answer goes back up and the write to the outbox.
 */
export class RetryMiddleware implements Middleware {
  private next?: Middleware;
  private readonly options: RetryOptions;

  constructor(options: Partial<RetryOptions> = {}) {
    this.options = { ...defaultRetryOptions, ...options };
  }

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const { maxAttempts, logger } = this.options;
    const label = `${context.options?.method ?? "GET"} ${requestUrl(context.request)}`;
    for (let attempt = 0; ; attempt++) {
      const last = attempt + 1 >= maxAttempts;
      let failure: unknown;
      try {
        context.response = undefined;
        await this.next?.execute(context);
      } catch (error) {
        if (last) throw error;
        failure = error;
      }
      const status = context.response?.status;
      if (failure === undefined && (status === undefined || !RETRIABLE_STATUSES.has(status) || last)) return;
      const delay = this.delayFor(attempt, context.response);
      if (delay === undefined) return;
      // An unread body would pin the connection until garbage collection.
      await context.response?.body?.cancel().catch(() => undefined);
      logger.debug(
        `Nouvel essai ${attempt + 2}/${maxAttempts} dans ${delay} ms (${status ?? "connexion perdue"}) : ${label}`,
      );
      await this.options.sleep(delay);
    }
  }

  private delayFor(attempt: number, response: Response | undefined): number | undefined {
    const asked = retryAfterMs(response?.headers.get("Retry-After"), this.options.now());
    if (asked === undefined) return backoffDelay(attempt, this.options);
    return asked > this.options.maxDelayMs ? undefined : asked;
  }
}
