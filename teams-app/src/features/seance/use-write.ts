import { useState } from "react";
import type { ListKey, ListOf, RecordIn, WriteOp } from "../../app/data/ports";
import type { WriteResult } from "../../app/data/writer";
import { useServices } from "../../app/services";
import { useRefresh } from "@shared/ui/hooks/use-load";

/** A write through the outbox, then a reload of the views; `busy` disables the button that started it. */
export function useWrite(): {
  busy: boolean;
  write: <K extends ListKey>(list: K, op: WriteOp<ListOf<K>>) => Promise<WriteResult<RecordIn<K>>>;
  writeAll: <K extends ListKey>(list: K, ops: readonly WriteOp<ListOf<K>>[]) => Promise<WriteResult<RecordIn<K>>[]>;
} {
  const { writer } = useServices();
  const { refresh } = useRefresh();
  const [busy, setBusy] = useState(false);
  async function write<K extends ListKey>(list: K, op: WriteOp<ListOf<K>>): Promise<WriteResult<RecordIn<K>>> {
    setBusy(true);
    try {
      return await writer.write(list, op);
    } finally {
      setBusy(false);
      refresh();
    }
  }
  // Submitted together, the writes wait in the outbox for the same flush: one $batch request, one reload.
  async function writeAll<K extends ListKey>(
    list: K,
    ops: readonly WriteOp<ListOf<K>>[],
  ): Promise<WriteResult<RecordIn<K>>[]> {
    setBusy(true);
    try {
      return await Promise.all(ops.map((op) => writer.write(list, op)));
    } finally {
      setBusy(false);
      refresh();
    }
  }
  return { busy, write, writeAll };
}
