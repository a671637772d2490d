import { BLANK_FIELD } from "@shared/domain/acts/clauses";
import { installFakeWord } from "@tests/support/fake-office";
import { wordActDocument } from "./word-act-document";

const paragraphsOf = (n: number) => Array.from({ length: n }, (_, i) => `Paragraphe ${i + 1}`);

describe("wordActDocument : un nombre constant d'allers-retours, quelle que soit la taille de l'acte", () => {
  it.each([10, 1000])("lit %i paragraphes en un seul context.sync()", async (n) => {
    const fake = installFakeWord(paragraphsOf(n));
    const paragraphs = await wordActDocument.readParagraphs();
    expect(paragraphs).toHaveLength(n);
    expect(paragraphs[n - 1]).toEqual({ index: n - 1, text: `Paragraphe ${n}` });
    expect(fake.counter.count).toBe(1);
    fake.restore();
  });

  it.each([1, 40])(
    "insère %i clause(s) dans des contrôles de contenu étiquetés, en un seul sync, en texte brut",
    async (n) => {
      const fake = installFakeWord(paragraphsOf(3));
      const clauses = Array.from({ length: n }, (_, i) => ({
        clauseId: `clause-${i}`,
        version: 2,
        title: `Clause ${i}`,
        text: `<script>alert(${i})</script>\nSeconde ligne ${i}`,
      }));
      await wordActDocument.insertClauses(clauses);
      expect(fake.counter.count).toBe(1);
      expect(fake.state.controls.map((c) => c.tag)).toEqual(clauses.map((c) => `mairie:${c.clauseId}:v2`));
      expect(fake.state.paragraphs.slice(3, 5)).toEqual(["<script>alert(0)</script>", "Seconde ligne 0"]);
      expect(fake.state.htmlInsertions).toBe(0);
      fake.restore();
    },
  );

  it("surligne chaque champ vide d'une clause, sans aller-retour de plus", async () => {
    const fake = installFakeWord(paragraphsOf(1));
    const text = `Présents : ${BLANK_FIELD} ; votants : ${BLANK_FIELD}\nSans champ vide`;
    await wordActDocument.insertClauses([{ clauseId: "decompte", version: 1, title: "Décompte", text }]);
    expect(fake.counter.count).toBe(1);
    expect(fake.state.paragraphs.slice(1)).toEqual(text.split("\n"));
    expect(fake.state.highlights).toEqual([
      { paragraph: 1, text: "Présents : ", color: null },
      { paragraph: 1, text: BLANK_FIELD, color: "Yellow" },
      { paragraph: 1, text: " ; votants : ", color: null },
      { paragraph: 1, text: BLANK_FIELD, color: "Yellow" },
    ]);
    fake.restore();
  });

  it("remplace une clause par une version aux champs vides surlignés, toujours en deux sync", async () => {
    const fake = installFakeWord(paragraphsOf(1));
    await wordActDocument.insertClauses([{ clauseId: "vote", version: 1, title: "Vote", text: "Pour : 4" }]);
    fake.counter.count = 0;
    fake.state.highlights = [];
    const text = `Pour : ${BLANK_FIELD} ; contre : ${BLANK_FIELD}`;
    expect(await wordActDocument.replaceClause({ clauseId: "vote", version: 2, title: "Vote", text })).toBe(1);
    expect(fake.counter.count).toBe(2);
    expect(fake.state.paragraphs.slice(1)).toEqual([text]);
    expect(fake.state.highlights.filter((h) => h.color === "Yellow").map((h) => h.text)).toEqual([
      BLANK_FIELD,
      BLANK_FIELD,
    ]);
    fake.restore();
  });

  it("retrouve les clauses insérées puis remplace une clause par sa nouvelle version en deux sync", async () => {
    const fake = installFakeWord(paragraphsOf(2));
    await wordActDocument.insertClauses([{ clauseId: "recours", version: 1, title: "Recours", text: "Ancien texte" }]);
    expect(await wordActDocument.listInsertedClauses()).toEqual([
      { clauseId: "recours", version: 1, text: "Ancien texte" },
    ]);
    fake.counter.count = 0;
    expect(
      await wordActDocument.replaceClause({ clauseId: "recours", version: 3, title: "Recours", text: "Nouveau texte" }),
    ).toBe(1);
    expect(fake.counter.count).toBe(2);
    expect(await wordActDocument.listInsertedClauses()).toEqual([
      { clauseId: "recours", version: 3, text: "Nouveau texte" },
    ]);
    fake.restore();
  });

  it.each([10, 1000])(
    "parmi %i paragraphes, liste 50 clauses en un sync et en remplace une en deux, valeurs gardées",
    async (n) => {
      const fake = installFakeWord(paragraphsOf(n));
      const clauses = Array.from({ length: 50 }, (_, i) => ({
        clauseId: `c${i}`,
        version: 1,
        title: `C${i}`,
        text: `Texte ${i}`,
        values: { i },
      }));
      await wordActDocument.insertClauses(clauses);
      fake.counter.count = 0;
      const listed = await wordActDocument.listInsertedClauses();
      expect(listed).toHaveLength(50);
      expect(listed[7]).toEqual({ clauseId: "c7", version: 1, text: "Texte 7", values: { i: 7 } });
      expect(fake.counter.count).toBe(1);
      fake.counter.count = 0;
      await wordActDocument.replaceClause({
        clauseId: "c7",
        version: 2,
        title: "C7",
        text: "Nouveau",
        values: { i: 70 },
      });
      expect(fake.counter.count).toBe(2);
      expect(fake.state.settings.get("mairie:valeurs:c7")).toEqual({ i: 70 });
      fake.restore();
    },
  );

  it.each([10, 1000])("sélectionne un paragraphe parmi %i en deux sync", async (n) => {
    const fake = installFakeWord(paragraphsOf(n));
    await wordActDocument.selectParagraph(n - 1);
    expect(fake.state.selected).toBe(n - 1);
    expect(fake.counter.count).toBe(2);
    fake.restore();
  });
});
