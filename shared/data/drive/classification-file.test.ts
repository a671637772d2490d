import { BASE_CLASSIFICATION } from "@shared/domain/transmission/classification";
import {
  CLASSIFICATION_MAX_BYTES,
  loadClassification,
  readClassificationFile,
  saveClassification,
} from "./classification-file";
import { memoryLibrary } from "./memory-library.test-support";

const encode = (text: string) => new TextEncoder().encode(text);
const prefecture = {
  version: "préfecture 2026",
  matieres: [{ code: "9", libelle: "Autres domaines", sousMatieres: [{ code: "9.4", libelle: "Vœux et motions" }] }],
};

describe("nomenclature de classification de la commune", () => {
  it("lit le JSON de `mairie check-act --classification`, avec ou sans BOM", () => {
    expect(readClassificationFile(encode(JSON.stringify(prefecture)))).toMatchObject({ ok: true });
    expect(readClassificationFile(encode(`\uFEFF${JSON.stringify(BASE_CLASSIFICATION)}`))).toMatchObject({ ok: true });
  });

  it("refuse en français un fichier trop gros, pas en UTF-8, pas du JSON, ou hors schéma", () => {
    const big = new Uint8Array(CLASSIFICATION_MAX_BYTES + 1);
    expect(readClassificationFile(big)).toEqual({
      ok: false,
      message: "Fichier de classification trop volumineux (257 Ko, 256 Ko au plus).",
    });
    expect(readClassificationFile(new Uint8Array([0xff, 0xfe, 0x41]))).toMatchObject({ message: /UTF-8/ });
    expect(readClassificationFile(encode("matière;sous-matière"))).toMatchObject({ message: /pas du JSON/ });
    const stray = {
      ...prefecture,
      matieres: [{ ...prefecture.matieres[0], sousMatieres: [{ code: "7.1", libelle: "x" }] }],
    };
    expect(readClassificationFile(encode(JSON.stringify(stray)))).toEqual({
      ok: false,
      message: "Classification illisible : la sous-matière 7.1 n'appartient pas à la matière 9.",
    });
    expect(readClassificationFile(encode("{}"))).toMatchObject({ ok: false, message: /^Classification illisible/ });
  });

  it("enregistre un fichier lisible dans le dossier de la commune, jamais un fichier refusé, et le relit", async () => {
    const library = memoryLibrary();
    expect(await loadClassification(library, "1")).toBeUndefined();
    expect(await saveClassification(library, "1", encode("pas du json"))).toMatchObject({ ok: false });
    expect(library.files.size).toBe(0);
    expect(await saveClassification(library, "1", encode(JSON.stringify(prefecture)))).toMatchObject({ ok: true });
    expect([...library.files.keys()]).toEqual(["Commune 1/classification.json"]);
    const loaded = await loadClassification(library, "1");
    expect(loaded?.ok && loaded.table.version).toBe("préfecture 2026");
    expect(await loadClassification(library, "2")).toBeUndefined();
  });
});
