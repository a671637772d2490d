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
 * Resolves once the browser has had the chance to paint what was just committed: in the task after the next animation
 * frame, or after 100 ms in a hidden frame, where animation frames do not run.
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

/**
 * Starts a page in two stages. Its first script draws the frame at once; only once it is painted does the page ask
 * for the rest of its code (`rest`, a dynamic import), whose parsing would otherwise delay that paint. The page is
 * then rendered again into the same root. A rest that fails unmounts the frame and says why, in French.
 */
export async function startInStages(frame: ReactNode, rest: () => Promise<ReactNode>): Promise<void> {
  const root = createRoot(rootElement());
  flushSync(() => root.render(frame));
  await afterPaint();
  let app: ReactNode;
  try {
    app = await rest();
  } catch (error) {
    root.unmount();
    mountFailure(error);
    return;
  }
  root.render(app);
}

/** Why a page could not start, in French: webpack's error for a chunk it could not fetch is English and technical. */
function startFailureReason(error: unknown): string {
  if (error instanceof Error && error.name === "ChunkLoadError")
    return "une partie de son code n'a pas pu être chargée (réseau coupé ?).";
  return error instanceof Error ? error.message : String(error);
}

/** Shown when a page cannot start at all: a French sentence and a way to try again, rather than a blank task pane. */
export function mountFailure(error: unknown): void {
  const container = document.getElementById("root");
  if (!container) return;
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.textContent = `La page n'a pas pu démarrer : ${startFailureReason(error)}`;
  const retry = document.createElement("button");
  retry.type = "button";
  retry.textContent = "Réessayer";
  retry.addEventListener("click", () => window.location.reload());
  container.replaceChildren(message, retry);
}
