import { useEffect, useRef, useState } from "react";
import { useRefresh } from "@shared/ui/hooks/use-load";
import type { PendingWrite } from "../app/data/writer";
import { useServices } from "../app/services";
import { anySent, retriedKeys } from "./pending-writes";

function usePending(): PendingWrite[] {
  const { writer } = useServices();
  const [pending, setPending] = useState(() => writer.pending());
  useEffect(() => writer.subscribe(() => setPending(writer.pending())), [writer]);
  return pending;
}

/** Writes that had failed and reach the server later, on their own: the views then reload to show them. */
function useRefreshWhenSent(pending: readonly PendingWrite[], refresh: () => void): void {
  const retried = useRef<readonly string[]>([]);
  useEffect(() => {
    const sent = anySent(retried.current, pending);
    retried.current = retriedKeys(pending);
    if (sent) refresh();
  }, [pending, refresh]);
}

/** The outbox as the status bar shows it, and the user's decisions on it, each followed by a reload of the views. */
export function useWriteStatus() {
  const { writer } = useServices();
  const { refresh } = useRefresh();
  const pending = usePending();
  useRefreshWhenSent(pending, refresh);
  const act = (action: () => unknown) => () => void Promise.resolve(action()).finally(refresh);
  return {
    pending,
    retryNow: act(() => writer.retryNow()),
    discard: (key: string) => act(() => writer.discard(key)),
    overwrite: (key: string) => act(() => writer.overwrite(key)),
  };
}
