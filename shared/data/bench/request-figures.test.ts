import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { measureRequestFigures } from "./request-figures";

describe("nombre de requêtes HTTP (objectifs du ticket)", () => {
  it("charge une séance de 30 points en 2 requêtes, écrit 100 éléments en 5, rafraîchit sans changement en 1", async () => {
    const figures = await measureRequestFigures(fs.mkdtempSync(path.join(os.tmpdir(), "mairie-bench-")));
    expect(figures.loadSeance.requests).toBeLessThanOrEqual(figures.loadSeance.goal);
    expect(figures.write100.requests).toBeLessThanOrEqual(figures.write100.goal);
    expect(figures.refreshNoChange.requests).toBe(figures.refreshNoChange.goal);
  });
});
