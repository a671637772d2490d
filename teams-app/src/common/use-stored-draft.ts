import { useState } from "react";
import type { StorageLike } from "@shared/data/outbox/storage";
import { useServices } from "../app/services";

function read<T extends object>(storage: StorageLike, key: string, empty: T): T {
  try {
    const parsed = JSON.parse(storage.getItem(key) ?? "null") as unknown;
    // Written by this hook only; a foreign or stale shape falls back field by field to the empty draft.
    return typeof parsed === "object" && parsed !== null ? { ...empty, ...(parsed as Partial<T>) } : empty;
  } catch {
    return empty;
  }
}

/**
 * A form's input kept in this browser until the form says it is done: a write that needs a second step (a clause,
 * then its text) survives a reload while its first step waits in the outbox.
 */
export function useStoredDraft<T extends object>(
  name: string,
  empty: T,
): { draft: T; update: (next: T) => void; clear: () => void } {
  const { drafts } = useServices();
  const key = `mairie.brouillon.${name}`;
  const [draft, setDraft] = useState<T>(() => read(drafts, key, empty));
  const update = (next: T) => {
    setDraft(next);
    try {
      drafts.setItem(key, JSON.stringify(next));
    } catch {
      // Storage full: the draft still lives in the page.
    }
  };
  const clear = () => {
    setDraft(empty);
    drafts.removeItem(key);
  };
  return { draft, update, clear };
}
