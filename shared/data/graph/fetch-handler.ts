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

/** The terminal handler: one fetch per call, so that every real HTTP request passes through `onRequest`. */
export class FetchHandler implements Middleware {
  constructor(
    private readonly fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init),
    private readonly onRequest: RequestHook = () => undefined,
  ) {}

  async execute(context: Context): Promise<void> {
    const method = context.options?.method ?? "GET";
    const url = requestUrl(context.request);
    try {
      context.response = await this.fetchImpl(context.request, context.options as RequestInit);
    } catch (error) {
      this.onRequest({ method, url });
      throw error;
    }
    this.onRequest({ method, url, status: context.response.status });
  }
}

/** Counts requests: hand `hook` to createGraphClient, read `records` after the scenario. */
export function createRequestCounter(): { readonly hook: RequestHook; readonly records: RequestRecord[]; count(): number; reset(): void } {
  const records: RequestRecord[] = [];
  return {
    hook: (record) => void records.push(record),
    records,
    count: () => records.length,
    reset: () => void records.splice(0, records.length),
  };
}
