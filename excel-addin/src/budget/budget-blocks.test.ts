import { checkBudget } from "@shared/domain/budget";
import { SAMPLE_BUDGET, SAMPLE_DOCUMENT_SHEET } from "../taskpane/sample-workbook";
import { documentToBlocks, templateBlocks } from "./budget-blocks";
import { blocksToDocument } from "./read-budget-blocks";

describe("documentToBlocks et templateBlocks : les feuilles écrites se relisent", () => {
  it("un document écrit puis relu garde ses lignes et ses montants", () => {
    const original = blocksToDocument(SAMPLE_DOCUMENT_SHEET, SAMPLE_BUDGET);
    const [document, budget] = documentToBlocks(original);
    const reread = blocksToDocument(document, budget);
    expect(reread.lines.map((l) => [l.section, l.sens, l.chapitre, l.nature, l.mouvement, l.amounts.credits])).toEqual(
      original.lines.map((l) => [l.section, l.sens, l.chapitre, l.nature, l.mouvement, l.amounts.credits]),
    );
    expect(reread.facts).toEqual(original.facts);
  });

  it("le modèle est un budget primitif vide, lisible et sans déséquilibre", () => {
    const [document, budget] = templateBlocks(2027);
    const empty = blocksToDocument(document, budget);
    expect(empty).toMatchObject({ type: "BP", exercice: 2027, nomenclature: "M57_A", lines: [] });
    expect(document.values.map((r) => r[0])).toEqual(
      expect.arrayContaining(["Type", "Exercice", "Date de vote", "Collectivité", "Population"]),
    );
    expect(checkBudget(empty, { today: "2027-01-10" }).filter((f) => f.severity === "error")).toEqual([]);
  });
});
