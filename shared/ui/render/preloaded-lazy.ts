import { lazy } from "react";
import type { ComponentType } from "react";

/**
 * A view split into a chunk of its own but fetched as soon as the page starts, not when the view first opens: the
 * page's first script stays light, and a view opened after the network dropped is already in memory. A fetch that
 * failed at start (network already down) is tried again when the view is opened.
 */
export function preloadedLazy<P extends object>(load: () => Promise<ComponentType<P>>) {
  const started = load();
  // Not an unhandled rejection: the view reports the failure, or the retry succeeds, when it opens.
  started.catch(() => undefined);
  return lazy(() => started.catch(() => load()).then((component) => ({ default: component })));
}
