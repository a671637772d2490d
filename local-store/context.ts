import type { JournalRecord, StoreState } from "./model";

/** What a handler may use: the state, a way to record changes durably, and the origin to write links with. */
export interface StoreContext {
  readonly state: StoreState;
  /** Writes the records durably (fsynced), then applies them; throws a 507/503 StoreFailure when the disk refuses. */
  commit(records: readonly JournalRecord[]): void;
}
