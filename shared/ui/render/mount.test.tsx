import { act, screen, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { startInStages } from "./mount";

function chunkLoadError(): Error {
  const error = new Error("Loading chunk 123 failed.\n(error: http://localhost/123.js)");
  error.name = "ChunkLoadError";
  return error;
}

describe("startInStages", () => {
  beforeEach(() => {
    const root = document.createElement("div");
    root.id = "root";
    document.body.replaceChildren(root);
  });

  it("draws the frame at once, asks for the rest only after it, then renders the rest in its place", async () => {
    let asked = false;
    let deliver: (node: ReactNode) => void = () => undefined;
    const started = startInStages(<h1>Cadre</h1>, () => {
      asked = true;
      return new Promise((resolve) => (deliver = resolve));
    });
    // Synchronous: the frame is in the page before startInStages returns, and the rest is not yet asked for.
    expect(screen.getByRole("heading", { name: "Cadre" })).toBeTruthy();
    expect(asked).toBe(false);
    await waitFor(() => expect(asked).toBe(true));
    await act(async () => {
      deliver(<h1>Volet</h1>);
      await started;
    });
    expect(screen.getByRole("heading", { name: "Volet" })).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Cadre" })).toBeNull();
  });

  it("replaces the frame with a French reason and a retry button when a chunk cannot be fetched", async () => {
    await act(() => startInStages(<h1>Cadre</h1>, () => Promise.reject(chunkLoadError())));
    expect(screen.getByRole("alert").textContent).toBe(
      "La page n'a pas pu démarrer : une partie de son code n'a pas pu être chargée (réseau coupé ?).",
    );
    expect(screen.getByRole("button", { name: "Réessayer" })).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Cadre" })).toBeNull();
  });

  it("says what went wrong when the rest fails otherwise", async () => {
    await act(() => startInStages(<h1>Cadre</h1>, () => Promise.reject(new Error("config.json : 500"))));
    expect(screen.getByRole("alert").textContent).toBe("La page n'a pas pu démarrer : config.json : 500");
  });
});
