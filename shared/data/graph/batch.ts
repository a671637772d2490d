import type { GraphConnection } from "./create-graph-client";
import { RETRIABLE_STATUSES, defaultRetryOptions } from "./retry-middleware";
import type { RetryOptions } from "./retry-middleware";
import { send } from "./transport";
import type { GraphAnswer, GraphCall } from "./transport";
import { waitAfter } from "./throttle";

/** Graph refuses a $batch of more than 20 requests. */
export const BATCH_LIMIT = 20;

type BatchRetry = Pick<RetryOptions, "maxAttempts" | "sleep" | "now" | "baseDelayMs" | "maxDelayMs" | "random">;

interface SubResponse {
  readonly id: string;
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

function subResponses(body: unknown): SubResponse[] {
  const responses = (body as { responses?: unknown } | undefined)?.responses;
  return Array.isArray(responses) ? (responses as SubResponse[]) : [];
}

const lowerKeys = (headers: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));

const lost: GraphAnswer = { status: 0, headers: {}, body: undefined };

/** The answers of one batch's calls; `whole` when the batch itself failed, which the HTTP retry has already retried. */
interface ChunkAnswers {
  readonly answers: Map<number, GraphAnswer>;
  readonly whole: boolean;
}

async function sendChunk(
  connection: GraphConnection,
  calls: readonly GraphCall[],
  ids: readonly number[],
): Promise<ChunkAnswers> {
  const requests = ids.map((index) => {
    const call = calls[index] as GraphCall;
    const json = call.body === undefined ? {} : { "Content-Type": "application/json" };
    return {
      id: String(index),
      method: call.method,
      url: call.path,
      headers: { ...json, ...call.headers },
      ...(call.body === undefined ? {} : { body: call.body }),
    };
  });
  const answers = new Map<number, GraphAnswer>();
  let outer: GraphAnswer;
  try {
    outer = await send(connection, { method: "POST", path: "/$batch", body: { requests } });
  } catch {
    return { answers, whole: true };
  }
  if (outer.status !== 200) {
    for (const index of ids) answers.set(index, outer);
    return { answers, whole: true };
  }
  for (const sub of subResponses(outer.body))
    answers.set(Number(sub.id), { status: sub.status, headers: sub.headers ?? {}, body: sub.body });
  return { answers, whole: false };
}

/**
 * Sends calls through $batch, 20 at a time, and answers each one in order. Sub-requests throttled inside a batch are
 * sent again (after the longest Retry-After they asked for); the others keep their own status. A batch whose answer
 * is lost leaves its calls with status 0; one refused as a whole keeps the status the HTTP retry ended on.
 */
export async function runBatch(
  connection: GraphConnection,
  calls: readonly GraphCall[],
  retry: Partial<BatchRetry> = {},
): Promise<GraphAnswer[]> {
  const options = { ...defaultRetryOptions, ...retry };
  const answers: GraphAnswer[] = calls.map(() => lost);
  for (let start = 0; start < calls.length; start += BATCH_LIMIT) {
    let pending = calls.slice(start, start + BATCH_LIMIT).map((_, offset) => start + offset);
    for (let attempt = 0; pending.length > 0; attempt++) {
      const got = await sendChunk(connection, calls, pending);
      for (const index of pending) answers[index] = got.answers.get(index) ?? lost;
      // Retrying a batch refused as a whole here as well would multiply the HTTP retry's tries (4 × 4).
      const again = got.whole ? [] : pending.filter((index) => RETRIABLE_STATUSES.has(answers[index]?.status ?? 0));
      if (again.length === 0 || attempt + 1 >= options.maxAttempts) break;
      // A sub-response's headers travel in the batch's body, so its Retry-After is readable even in a browser.
      const wait = Math.max(
        ...again.map((index) => {
          const headers = lowerKeys(answers[index]?.headers ?? {});
          return waitAfter(answers[index]?.status ?? 0, (name) => headers[name], attempt, {
            ...options,
            now: options.now(),
          });
        }),
      );
      // Longer than the page may wait (a 429 without Retry-After waits a whole penalty window): the outbox's turn.
      if (wait > options.maxDelayMs) break;
      await options.sleep(wait);
      pending = again;
    }
  }
  return answers;
}
