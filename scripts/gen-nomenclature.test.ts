import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanLibelle, DATA_DIR, generate } from "./gen-nomenclature";

describe("gen-nomenclature", () => {
  it("régénère à l'identique les plans de comptes livrés à partir de shared/data/m57", () => {
    const files = generate();
    expect(files.size).toBe(6);
    for (const [name, content] of files)
      expect([name, readFileSync(join(DATA_DIR, name), "utf8") === content]).toEqual([name, true]);
  });

  it("garde des modules de taille raisonnable", () => {
    // The comptes' labels are most of a plan (M57_D 2024: 150 ko, 27 ko gzip): each is a chunk of its own.
    for (const [, content] of generate()) expect(content.length).toBeLessThan(200_000);
  });

  it("lit les libellés comme leur auteur les voulait, sur une ligne et bornés", () => {
    expect(cleanLibelle("Taxe d&#x92;habitation")).toBe("Taxe d’habitation");
    expect(cleanLibelle("CNFPT &#x96; Formation")).toBe("CNFPT – Formation");
    expect(cleanLibelle("  Eau\n\tet  assainissement ")).toBe("Eau et assainissement");
    expect(cleanLibelle("A|B\u0081")).toBe("A/B");
    expect(cleanLibelle("&#x110000;")).toBe("&#x110000;");
    const long = cleanLibelle("x".repeat(500));
    expect([long.length, long.endsWith("…")]).toEqual([200, true]);
  });
});
