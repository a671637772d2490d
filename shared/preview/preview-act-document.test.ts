import { PreviewActDocument } from "./preview-act-document";

describe("PreviewActDocument, le document Word simulé", () => {
  it("insère au curseur, retrouve et met à jour les clauses", async () => {
    const doc = new PreviewActDocument("Titre\nFin");
    doc.moveCursor(1);
    await doc.insertClauses([
      { clauseId: "visa-cgct", version: 1, title: "Visa", text: "Vu le CGCT ;\nVu le budget ;" },
    ]);
    expect((await doc.readParagraphs()).map((p) => p.text)).toEqual(["Titre", "Vu le CGCT ;", "Vu le budget ;", "Fin"]);
    expect(await doc.listInsertedClauses()).toEqual([
      { clauseId: "visa-cgct", version: 1, text: "Vu le CGCT ;\nVu le budget ;" },
    ]);
    expect(await doc.replaceClause({ clauseId: "visa-cgct", version: 2, title: "Visa", text: "Vu le code ;" })).toBe(1);
    expect((await doc.readParagraphs()).map((p) => p.text)).toEqual(["Titre", "Vu le code ;", "Fin"]);
    expect(await doc.listInsertedClauses()).toEqual([{ clauseId: "visa-cgct", version: 2, text: "Vu le code ;" }]);
  });

  it("garde les valeurs de chaque clause pour préremplir sa mise à jour", async () => {
    const doc = new PreviewActDocument("");
    await doc.insertClauses([
      {
        clauseId: "recours",
        version: 1,
        title: "Recours",
        text: "Tribunal de Limoges",
        values: { tribunal: "Limoges" },
      },
    ]);
    expect((await doc.listInsertedClauses())[0]?.values).toEqual({ tribunal: "Limoges" });
    await doc.replaceClause({
      clauseId: "recours",
      version: 2,
      title: "Recours",
      text: "Tribunal de Poitiers",
      values: { tribunal: "Poitiers" },
    });
    expect(await doc.listInsertedClauses()).toEqual([
      { clauseId: "recours", version: 2, text: "Tribunal de Poitiers", values: { tribunal: "Poitiers" } },
    ]);
  });

  it("prévient ses abonnés à chaque changement", async () => {
    const doc = new PreviewActDocument("");
    const seen: number[] = [];
    doc.subscribe(() => seen.push(doc.snapshot().paragraphs.length));
    doc.setText("a\nb");
    await doc.selectParagraph(1);
    expect(seen).toEqual([2, 2]);
    expect(doc.snapshot().selected).toBe(1);
  });
});
