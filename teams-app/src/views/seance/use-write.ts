import { useState } from "react";
import type { ListKey, ListOf, RecordIn, WriteOp } from "../../data/ports";
import type { WriteResult } from "../../data/writer";
import { useServices } from "../../tab/services";
import { useRefresh } from "../common/refresh";

/** A write through the outbox, then a reload of the views; `busy` disables the button that started it. */
export function useWrite(): {
  busy: boolean;
  write: <K extends ListKey>(list: K, op: WriteOp<ListOf<K>>) => Promise<WriteResult<RecordIn<K>>>;
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
  return { busy, write };
}
