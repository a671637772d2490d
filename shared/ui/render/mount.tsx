import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import type { ReactNode } from "react";

function rootElement(): HTMLElement {
  const container = document.getElementById("root");
  if (!container) throw new Error("La page ne contient pas d'élément #root.");
  return container;
}

/** Mounts a page into #root; the HTML template guarantees it exists. */
export function mount(app: ReactNode): void {
  createRoot(rootElement()).render(app);
}

/**
 * A page that shows its frame before the rest of its code has arrived, then renders again into the same root: React
 * keeps what the two renders share. The frame is rendered at once, not in a later task: it is on the page before the
 * page asks for the rest of its code, whose scripts would otherwise be run in the middle of it. A start that fails
 * afterwards unmounts the frame before saying so.
 */
export function mountInStages(frame: ReactNode): {
  readonly render: (app: ReactNode) => void;
  readonly fail: (error: unknown) => void;
} {
  const root = createRoot(rootElement());
  flushSync(() => root.render(frame));
  return {
    render: (app) => root.render(app),
    fail: (error) => {
      root.unmount();
      mountFailure(error);
    },
  };
}

/** Shown when a page cannot start at all: a French sentence rather than a blank task pane. */
export function mountFailure(error: unknown): void {
  const container = document.getElementById("root");
  if (!container) return;
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.textContent = `La page n'a pas pu démarrer : ${error instanceof Error ? error.message : String(error)}`;
  container.replaceChildren(message);
}
