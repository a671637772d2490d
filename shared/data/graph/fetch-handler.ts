import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { requestUrl } from "./headers";

/** One HTTP exchange as seen on the wire, for counting (benchmarks) and tests. */
export interface RequestRecord {
  readonly method: string;
  readonly url: string;
  /** Undefined when the connection failed. */
  readonly status?: number;
}

export type RequestHook = (record: RequestRecord) => void;

/** How long an answer may take before the request counts as lost: a save must never hang the page. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/**
 * The terminal handler: one fetch per call, so that every real HTTP request passes through `onRequest`. A request
 * unanswered after `timeoutMs` is aborted and fails like a cut connection, so the retry and the outbox take over;
 * the timer is a plain setTimeout, which a test can fast-forward.
 */
export class FetchHandler implements Middleware {
  constructor(
    private readonly fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init),
    private readonly onRequest: RequestHook = () => undefined,
    private readonly timeoutMs: number = DEFAULT_REQUEST_TIMEOUT_MS,
  ) {}

  async execute(context: Context): Promise<void> {
    const method = context.options?.method ?? "GET";
    const url = requestUrl(context.request);
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.timeoutMs);
    try {
      context.response = await this.fetchImpl(context.request, {
        ...(context.options as RequestInit),
        signal: abort.signal,
      });
    } catch (error) {
      this.onRequest({ method, url });
      throw error;
    } finally {
      clearTimeout(timer);
    }
    this.onRequest({ method, url, status: context.response.status });
  }
}

/** Counts requests: hand `hook` to createGraphClient, read `records` after the scenario. */
export function createRequestCounter(): {
  readonly hook: RequestHook;
  readonly records: RequestRecord[];
  count(): number;
  reset(): void;
} {
  const records: RequestRecord[] = [];
  return {
    hook: (record) => void records.push(record),
    records,
    count: () => records.length,
    reset: () => void records.splice(0, records.length),
  };
}
