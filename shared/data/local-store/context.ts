import type { JournalRecord, StoreState } from "./model";

/** What a handler may use: the state, a way to record changes durably, and the origin to write links with. */
export interface StoreContext {
  readonly state: StoreState;
  /** Writes the records to the journal and applies them; the router fsyncs before answering. */
  commit(records: readonly JournalRecord[]): void;
}
