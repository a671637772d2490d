import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";
import type { ReactNode } from "react";
import type { AsyncState } from "@shared/ui/hooks/async-state";

interface Refresh {
  readonly version: number;
  readonly refresh: () => void;
}

const RefreshContext = createContext<Refresh>({ version: 0, refresh: () => undefined });

/** One counter every view's loads depend on: after a save or a resolved conflict, everything reloads. */
export function RefreshProvider({ children }: { children: ReactNode }) {
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  // Back online: what could not be read while the network was cut is read again, without the user asking.
  useEffect(() => {
    window.addEventListener("online", refresh);
    return () => window.removeEventListener("online", refresh);
  }, [refresh]);
  return <RefreshContext.Provider value={{ version, refresh }}>{children}</RefreshContext.Provider>;
}

export const useRefresh = (): Refresh => useContext(RefreshContext);

/**
 * Loads `loader` again whenever `deps` or the refresh counter change; the previous value stays shown meanwhile. A
 * refresh that fails (the network cut after a save) keeps what is on screen, and the inputs being typed in it.
 */
export function useLoad<T>(loader: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const { version } = useRefresh();
  const [loaded, setLoaded] = useState<AsyncState<T>>({ status: "busy" });
  const shownFor = useRef<readonly unknown[]>();
  useEffect(() => {
    let live = true;
    const refreshing =
      shownFor.current?.length === deps.length && deps.every((d, i) => Object.is(d, shownFor.current?.[i]));
    loader().then(
      (value) => {
        if (!live) return;
        shownFor.current = deps;
        setLoaded({ status: "done", value });
      },
      (error: unknown) =>
        live &&
        setLoaded((shown) =>
          refreshing && shown.status === "done"
            ? shown
            : { status: "failed", message: error instanceof Error ? error.message : String(error) },
        ),
    );
    return () => {
      live = false;
    };
    // The loader is a fresh closure each render; the caller's deps say when it really changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps are this effect's, as with useEffect
  }, [version, ...deps]);
  return loaded;
}
