import { createRoot } from "react-dom/client";
import type { ReactNode } from "react";

/** Mounts a page into #root; the HTML template guarantees it exists. */
export function mount(app: ReactNode): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("La page ne contient pas d'élément #root.");
  createRoot(container).render(app);
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
