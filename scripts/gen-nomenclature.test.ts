import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR, generate } from "./gen-nomenclature";

describe("gen-nomenclature", () => {
  it("régénère à l'identique les plans de comptes livrés à partir de shared/data/m57", () => {
    const files = generate();
    expect(files.size).toBe(6);
    for (const [name, content] of files)
      expect([name, readFileSync(join(DATA_DIR, name), "utf8") === content]).toEqual([name, true]);
  });

  it("garde des modules de taille raisonnable", () => {
    for (const [, content] of generate()) expect(content.length).toBeLessThan(80_000);
  });
});
