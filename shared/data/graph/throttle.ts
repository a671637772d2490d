import { backoffDelay, retryAfterMs } from "./backoff";

/**
 * SharePoint meters an application in resource units per one-minute window and throttles it within that window
 * ("Avoid getting throttled or blocked in SharePoint Online"). A 429 whose Retry-After the page cannot read (a
 * browser does not expose it cross-origin) is therefore waited out for at least this long, never retried sooner.
 */
export const PENALTY_WINDOW_MS = 60_000;

/** Exponential with equal jitter, never under the penalty window: [60 s, 120 s] at first, doubling, up to 16 min. */
export function throttledDelay(attempt: number, random: () => number): number {
  return backoffDelay(attempt, { baseDelayMs: 2 * PENALTY_WINDOW_MS, maxDelayMs: 16 * PENALTY_WINDOW_MS, random });
}

type HeaderReader = (name: string) => string | null | undefined;

/** How long to wait before trying again after a throttled or unavailable answer. */
export function waitAfter(
  status: number,
  header: HeaderReader,
  attempt: number,
  options: {
    readonly now: number;
    readonly random: () => number;
    readonly baseDelayMs: number;
    readonly maxDelayMs: number;
  },
): number {
  const asked = retryAfterMs(header("retry-after"), options.now);
  if (asked !== undefined) return asked;
  return status === 429 ? throttledDelay(attempt, options.random) : backoffDelay(attempt, options);
}

/**
 * The pause SharePoint's RateLimit headers ask for before the next request (sent once 80 % of the window's resource
 * units are spent): the rest of the window spread over the units left, the whole window when none is left.
 */
export function rateLimitPause(header: HeaderReader): number | undefined {
  const read = (name: string) => {
    const value = header(name);
    return value !== null && value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
  };
  const remaining = read("ratelimit-remaining");
  const reset = read("ratelimit-reset");
  if (remaining === undefined || reset === undefined) return undefined;
  return Math.round((reset * 1000) / (remaining + 1));
}

/** When this client may send again: every request of one connection waits behind the last throttling answer. */
export class ThrottleGate {
  private openAt = 0;

  hold(ms: number, now: number): void {
    this.openAt = Math.max(this.openAt, now + ms);
  }

  remaining(now: number): number {
    return Math.max(0, this.openAt - now);
  }
}
