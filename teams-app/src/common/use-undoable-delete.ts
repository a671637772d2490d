import { useEffect, useRef, useState } from "react";
import { useServices } from "../app/services";
import type { DeleteStage } from "./undo-delete";

/** How long a confirmed deletion waits for an « Annuler » before it is written. */
export const DEFAULT_UNDO_DELAY_MS = 8000;

/**
 * The stages of a deletion: asked, confirmed, held for `undoDelayMs` with « Annuler », then written. Leaving the view
 * does not cancel a confirmed deletion: it is written at once.
 */
export function useUndoableDelete(onDelete: () => Promise<unknown>) {
  const { undoDelayMs = DEFAULT_UNDO_DELAY_MS } = useServices();
  const [stage, setStage] = useState<DeleteStage>("idle");
  const run = useRef(onDelete);
  useEffect(() => {
    run.current = onDelete;
  });
  // Set by « Annuler la suppression », read when the held stage's effect is cleaned up.
  const cancelled = useRef(false);
  useEffect(() => {
    if (stage !== "held") return;
    cancelled.current = false;
    let fired = false;
    const timer = setTimeout(() => {
      fired = true;
      setStage("deleting");
      void run.current();
    }, undoDelayMs);
    return () => {
      clearTimeout(timer);
      // Unmounted while held (the user left the view): the confirmed deletion is not lost.
      if (!fired && !cancelled.current) void run.current();
    };
  }, [stage, undoDelayMs]);
  return {
    stage,
    ask: () => setStage("confirming"),
    confirm: () => setStage("held"),
    keep: () => setStage("idle"),
    cancel: () => {
      cancelled.current = true;
      setStage("idle");
    },
  };
}
