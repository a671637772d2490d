import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { setHeader } from "./headers";

/**
 * Every request carries a `client-request-id` (Graph echoes it in its answer and its support traces it), the same
 * one across the retries of one call, as the Graph SDK's own TelemetryHandler does for Graph hosts.
 */
export class ClientRequestIdMiddleware implements Middleware {
  private next?: Middleware;

  constructor(private readonly newId: () => string = () => crypto.randomUUID()) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    context.options ??= {};
    const headers = context.options.headers;
    const present =
      headers instanceof Headers
        ? headers.has("client-request-id")
        : Object.keys(headers ?? {}).some((key) => key.toLowerCase() === "client-request-id");
    if (!present) setHeader(context.options, "client-request-id", this.newId());
    await this.next?.execute(context);
  }
}
