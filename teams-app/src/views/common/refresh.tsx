import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";
import type { ReactNode } from "react";

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

export type Loaded<T> =
  | { readonly state: "loading" }
  | { readonly state: "error"; readonly message: string }
  | { readonly state: "ready"; readonly value: T };

/**
 * Loads `loader` again whenever `deps` or the refresh counter change; the previous value stays shown meanwhile. A
 * refresh that fails (the network cut after a save) keeps what is on screen, and the inputs being typed in it.
 */
export function useLoad<T>(loader: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const { version } = useRefresh();
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: "loading" });
  const shownFor = useRef<readonly unknown[]>();
  useEffect(() => {
    let live = true;
    const refreshing =
      shownFor.current?.length === deps.length && deps.every((d, i) => Object.is(d, shownFor.current?.[i]));
    loader().then(
      (value) => {
        if (!live) return;
        shownFor.current = deps;
        setLoaded({ state: "ready", value });
      },
      (error: unknown) =>
        live &&
        setLoaded((shown) =>
          refreshing && shown.state === "ready"
            ? shown
            : { state: "error", message: error instanceof Error ? error.message : String(error) },
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
