import { LocalTokenProvider } from "@shared/data/auth/local-token-provider";
import type { LocalStore } from "../../local-store";
import { ListRepository, createGraphClient } from "@shared/data/graph";
import type { WriteOp } from "@shared/data/graph";
import { LISTS, TEXT_MAX_LENGTH, clientIdColumn, columnEntries, membres } from "@shared/data/schema";
import type { Column, ListDefinition } from "@shared/data/schema";
import { XSS_PAYLOADS, fitting } from "./xss-payloads";

export interface PoisonedField {
  readonly list: string;
  readonly column: string;
  readonly payload: string;
  readonly stored: string;
}

/**
 * The client id, idempotency key of the outbox that no view shows, and the membres' e-mail, which is the account
 * the store authenticates (`local.<e-mail>`): a hostile e-mail is an account nobody signs in with, not text to show.
 */
const UNTOUCHED: ReadonlySet<Column<unknown>> = new Set<Column<unknown>>([clientIdColumn, membres.columns.email]);

/**
 * Writes a payload of the corpus, through Graph list-item calls, into every text and multi-line text column of
 * every item of every list of the schema: a list or a column added later is poisoned too. The payload is put in
 * front of the original value, so that names still tell people apart and the same name stays the same person;
 * the distinct values of all columns take the payloads in turn, so that each payload lands in many columns.
 * Left alone: the columns of UNTOUCHED.
 */
export async function poisonEveryTextField(store: LocalStore): Promise<PoisonedField[]> {
  const { siteId } = store;
  const connection = createGraphClient({
    baseUrl: store.graphBaseUrl,
    tokenProvider: new LocalTokenProvider(store.tokens.admin()),
  });
  const poisoned: PoisonedField[] = [];
  let turn = 0;
  for (const list of LISTS as readonly ListDefinition[]) {
    const repo = new ListRepository(connection, siteId, list);
    const { records } = await repo.items();
    const patches = new Map<string, Record<string, string>>(records.map((r) => [r.id, {}]));
    for (const [key, column] of columnEntries(list)) {
      if ((column.kind !== "text" && column.kind !== "note") || UNTOUCHED.has(column)) continue;
      const turns = new Map<string, number>();
      for (const record of records) {
        const original = typeof record[key] === "string" ? record[key] : "";
        if (!turns.has(original)) turns.set(original, turn++);
        const payload = XSS_PAYLOADS[(turns.get(original) ?? 0) % XSS_PAYLOADS.length]?.text ?? "";
        const value = `${payload} ${original}`.trim();
        const stored = column.kind === "text" ? fitting(value, TEXT_MAX_LENGTH) : value;
        const patch = patches.get(record.id);
        if (patch) patch[key] = stored;
        poisoned.push({ list: list.key, column: key, payload, stored });
      }
    }
    const ops: WriteOp<ListDefinition>[] = records.map((r) => ({
      kind: "update",
      id: r.id,
      eTag: r.eTag,
      patch: patches.get(r.id) ?? {},
    }));
    const failed = (await repo.writeMany(ops)).filter((o) => !o.ok);
    if (failed.length > 0) throw new Error(`${list.displayName} : ${failed.length} élément(s) non modifiés.`);
  }
  return poisoned;
}
