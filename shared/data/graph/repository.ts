import { parseItem, parseItems, toFields } from "../schema";
import type { DataProblem, DraftOf, ListDefinition, ParseResult, RecordOf } from "../schema";
import { runBatch } from "./batch";
import type { GraphConnection } from "./create-graph-client";
import { ConcurrentEditError, DataError, errorFromResponse, GoneError, networkError } from "./errors";
import { itemsQuery, listPath } from "./list-paths";
import type { Where } from "./list-paths";
import { collectPages } from "./paging";
import type { RetryOptions } from "./retry-middleware";
import { relativeLink, send } from "./transport";
import type { GraphAnswer } from "./transport";
import { writeCall } from "./write-ops";
import type { WriteOp } from "./write-ops";

export type WriteOutcome<L extends ListDefinition> =
  | { readonly ok: true; readonly op: WriteOp<L>; readonly record?: RecordOf<L> }
  | { readonly ok: false; readonly op: WriteOp<L>; readonly error: DataError };

export interface DeltaResult<R> {
  /** Created or changed since the previous link. */
  readonly changed: R[];
  readonly removed: string[];
  readonly problems: DataProblem[];
  /** Hand it back to the next `delta` call. */
  readonly deltaLink: string;
  /** The server forgot the previous link: `changed` is the whole list, drop what you had. */
  readonly reset: boolean;
}

export interface RepositoryOptions {
  /** `$top` of each page; the server may send fewer. */
  readonly pageSize?: number;
  readonly retry?: Partial<RetryOptions>;
}

type RawItem = { id: string; fields: Record<string, unknown> };

const invalid = (problems: readonly DataProblem[]): DataError =>
  new DataError(problems.map((p) => p.message).join(" "), 422, "invalidData");

/** A write retried after a lost answer finds its own values already there: that is success, not a conflict. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T/;

/** Numbers and booleans may come back as text: compared by their writing, absent and null alike. */
const scalar = (value: unknown): unknown =>
  typeof value === "number" || typeof value === "boolean" ? String(value) : (value ?? null);

/** SharePoint answers dates in its own ISO writing ("…T00:00:00Z"): the same instant is the same value. */
function sameValue(stored: unknown, wanted: unknown): boolean {
  if (JSON.stringify(scalar(stored)) === JSON.stringify(scalar(wanted))) return true;
  return (
    typeof stored === "string" &&
    typeof wanted === "string" &&
    ISO_DATE_TIME.test(stored) &&
    ISO_DATE_TIME.test(wanted) &&
    Date.parse(stored) === Date.parse(wanted)
  );
}

function alreadyApplied(fields: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  return Object.entries(wanted).every(([key, value]) => sameValue(fields[key], value));
}

/**
 * Statuses after which a create may already be stored. Not after 0, 401 and throttling: nothing to look up reliably
 * then (and looking up would add load to a throttled site); the outbox sends the create again later, and that try's
 * answer is looked up.
 */
const mayHaveCreated = (status: number): boolean =>
  status !== 0 && status !== 401 && status !== 429 && status !== 503 && status !== 504;

/** Typed access to one SharePoint list through Graph. Sorting is left to the caller: Graph does not guarantee it. */
export class ListRepository<L extends ListDefinition> {
  private readonly base: string;
  private readonly pageSize: number;

  constructor(
    private readonly connection: GraphConnection,
    private readonly siteId: string,
    readonly definition: L,
    private readonly options: RepositoryOptions = {},
  ) {
    this.base = `${listPath(siteId, definition)}/items`;
    this.pageSize = options.pageSize ?? 500;
  }

  /** Every item, or those whose indexed columns equal `where`; bad items come back as problems. */
  async items(where: Where = {}): Promise<ParseResult<RecordOf<L>>> {
    const { values } = await collectPages(
      this.connection,
      `${this.base}${itemsQuery(this.definition, { where, top: this.pageSize })}`,
    );
    return parseItems(this.definition, values);
  }

  async get(id: string): Promise<RecordOf<L>> {
    const raw = await this.fetchRaw(id);
    if (raw === undefined) throw errorFromResponse(404, undefined);
    const { record, problems } = parseItem(this.definition, raw);
    if (!record) throw invalid(problems);
    return record;
  }

  async create(draft: DraftOf<L>, clientId: string = crypto.randomUUID()): Promise<RecordOf<L>> {
    const outcome = await this.writeOne({ kind: "create", draft, clientId });
    if (!outcome.record) throw new DataError("L'élément créé n'a pas pu être relu.", 200, "invalidData");
    return outcome.record;
  }

  /** Updates with If-Match; throws ConcurrentEditError (carrying the server's version) when someone saved first. */
  async update(id: string, eTag: string, patch: Partial<DraftOf<L>>): Promise<RecordOf<L>> {
    const outcome = await this.writeOne({ kind: "update", id, eTag, patch });
    return outcome.record ?? this.get(id);
  }

  async remove(id: string, eTag?: string): Promise<void> {
    await this.writeOne({ kind: "delete", id, ...(eTag ? { eTag } : {}) });
  }

  /** Many writes in $batch requests of 20; each outcome says how its own write went. */
  async writeMany(ops: readonly WriteOp<L>[]): Promise<WriteOutcome<L>[]> {
    const answers = await runBatch(
      this.connection,
      ops.map((op) => writeCall(this.siteId, this.definition, op)),
      this.options.retry,
    );
    return Promise.all(
      ops.map((op, index) => this.settle(op, answers[index] ?? { status: 0, headers: {}, body: undefined })),
    );
  }

  /** Changes since `deltaLink` (everything when absent). One request when nothing changed. */
  async delta(deltaLink?: string): Promise<DeltaResult<RecordOf<L>>> {
    const first = `${this.base}/delta${itemsQuery(this.definition)}`;
    try {
      return await this.readDelta(deltaLink ? relativeLink(this.connection, deltaLink) : first, false);
    } catch (error) {
      // 410 Gone: the token is too old; Location names the fresh enumeration to start (listItem: delta).
      if (error instanceof GoneError && deltaLink)
        return this.readDelta(error.location ? relativeLink(this.connection, error.location) : first, true);
      throw error;
    }
  }

  private async readDelta(path: string, reset: boolean): Promise<DeltaResult<RecordOf<L>>> {
    const { values, deltaLink } = await collectPages(this.connection, path);
    if (!deltaLink) throw new DataError("La requête delta n'a pas rendu de lien de suivi.", 200, "invalidDelta");
    const removed: string[] = [];
    const present: unknown[] = [];
    for (const value of values) {
      // Graph marks a deleted list item with `deleted: { state: "deleted" }` (listItem: delta, example 2).
      const entry = value as { id?: unknown; deleted?: unknown };
      if (entry.deleted !== undefined && entry.deleted !== null && typeof entry.id === "string") removed.push(entry.id);
      else present.push(value);
    }
    const { records, problems } = parseItems(this.definition, present);
    return { changed: records, removed, problems, deltaLink, reset };
  }

  private async writeOne(op: WriteOp<L>): Promise<{ record?: RecordOf<L> }> {
    let answer: GraphAnswer;
    try {
      answer = await send(this.connection, writeCall(this.siteId, this.definition, op));
    } catch {
      answer = { status: 0, headers: {}, body: undefined };
    }
    const outcome = await this.settle(op, answer);
    if (!outcome.ok) throw outcome.error;
    return outcome.record ? { record: outcome.record } : {};
  }

  private async settle(op: WriteOp<L>, answer: GraphAnswer): Promise<WriteOutcome<L>> {
    try {
      return { ok: true, op, ...(await this.interpret(op, answer)) };
    } catch (error) {
      return { ok: false, op, error: error instanceof DataError ? error : networkError() };
    }
  }

  private async interpret(op: WriteOp<L>, answer: GraphAnswer): Promise<{ record?: RecordOf<L> }> {
    const { status, body, headers } = answer;
    if (op.kind === "create" && status === 201) return this.parsed(body);
    if (op.kind === "create" && mayHaveCreated(status)) return this.findCreated(op, answer);
    if (op.kind === "update" && status === 200) {
      const fields = (body ?? {}) as Record<string, unknown>;
      return this.parsed({ id: op.id, eTag: fields["@odata.etag"], fields });
    }
    if (op.kind === "delete" && (status === 204 || status === 404)) return {};
    if (status === 412 && op.kind !== "create") return this.resolvePrecondition(op);
    throw status === 0 ? networkError() : errorFromResponse(status, body, headers);
  }

  private parsed(raw: unknown): { record?: RecordOf<L> } {
    const { record, problems } = parseItem(this.definition, raw);
    if (!record) throw invalid(problems);
    return { record };
  }

  /**
   * A create that failed may have gone through all the same: an earlier try whose answer was lost, met now by the
   * unique client id. SharePoint reports that violation as 500 over REST, 400 through Graph, 409 on the embedded
   * store: whatever the status, the client id is looked up before deciding. Found with our values, the write went
   * through; with others, someone else created it first (another device recording the same élu): a conflict for
   * the user to settle, never a silent loss of what they typed. Not found: the answer's own error.
   */
  private async findCreated(
    op: Extract<WriteOp<L>, { kind: "create" }>,
    answer: GraphAnswer,
  ): Promise<{ record?: RecordOf<L> }> {
    const refused = errorFromResponse(answer.status, answer.body, answer.headers);
    const found = await this.items({ clientId: op.clientId }).then(
      ({ records }) => records[0],
      () => undefined,
    );
    if (!found) throw refused;
    const raw = await this.fetchRaw(found.id);
    if (raw && alreadyApplied(raw.fields, toFields(this.definition, op.draft))) return this.parsed(raw);
    throw new ConcurrentEditError(raw ? parseItem(this.definition, raw).record : found);
  }

  private async resolvePrecondition(
    op: Extract<WriteOp<L>, { kind: "update" | "delete" }>,
  ): Promise<{ record?: RecordOf<L> }> {
    const raw = await this.fetchRaw(op.id);
    if (op.kind === "update" && raw && alreadyApplied(raw.fields, toFields(this.definition, op.patch)))
      return this.parsed(raw);
    if (op.kind === "delete" && raw === undefined) return {};
    throw new ConcurrentEditError(raw ? parseItem(this.definition, raw).record : undefined);
  }

  private async fetchRaw(id: string): Promise<RawItem | undefined> {
    const query = itemsQuery(this.definition);
    const answer = await send(this.connection, {
      method: "GET",
      path: `${this.base}/${encodeURIComponent(id)}${query}`,
    });
    if (answer.status === 404) return undefined;
    if (answer.status !== 200) throw errorFromResponse(answer.status, answer.body, answer.headers);
    return answer.body as RawItem;
  }
}
