import { lazy, useEffect } from "react";
import type { ComponentType, LazyExoticComponent } from "react";

/** A view in a chunk of its own, and how to fetch that chunk ahead of the view's opening. */
export interface LazyView<P extends object> {
  readonly View: LazyExoticComponent<ComponentType<P>>;
  readonly preload: () => void;
}

/**
 * A view split into a chunk of its own, fetched once the pane has shown its first view (`usePreloadAfterFirstView`)
 * or when the view opens, whichever comes first: the chunk neither weighs on the pane's first view nor waits for
 * the view to be opened, so a view opened after the network dropped is already in memory. A fetch that failed
 * (network already down) is tried again when the view opens.
 */
export function lazyAfterFirstView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let started: Promise<ComponentType<P>> | undefined;
  const start = () => {
    if (!started) {
      started = load();
      // Not an unhandled rejection: the view reports the failure, or the retry succeeds, when it opens.
      started.catch(() => undefined);
    }
    return started;
  };
  const View = lazy(() =>
    start()
      .catch(() => load())
      .then((component) => ({ default: component })),
  );
  return { View, preload: () => void start() };
}

/** Fetches the given views' chunks once the component that calls it has been drawn (an effect runs after that). */
export function usePreloadAfterFirstView(views: readonly Pick<LazyView<object>, "preload">[]): void {
  useEffect(() => {
    for (const view of views) view.preload();
  }, [views]);
}
