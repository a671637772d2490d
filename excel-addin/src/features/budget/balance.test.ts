import { SAMPLE_BUDGET, SAMPLE_DOCUMENT_SHEET } from "../../host/sample-workbook";
import { sectionBalances } from "./balance";
import { gridsToDocument, SHEET_PLACES } from "@shared/io/budget/workbook-grid";

describe("sectionBalances", () => {
  it("additionne dépenses et recettes de chaque section en centimes", () => {
    expect(sectionBalances(gridsToDocument(SAMPLE_DOCUMENT_SHEET, SAMPLE_BUDGET, SHEET_PLACES))).toEqual([
      { section: "F", depenses: 17500000, recettes: 17500000 },
      { section: "I", depenses: 6000000, recettes: 5600000 },
    ]);
  });

  it("juge un compte administratif sur le réalisé", () => {
    const doc = gridsToDocument(SAMPLE_DOCUMENT_SHEET, SAMPLE_BUDGET, SHEET_PLACES);
    const ca = {
      ...doc,
      type: "CA" as const,
      lines: doc.lines.map((l) => ({ ...l, amounts: { ...l.amounts, realise: 100 } })),
    };
    expect(sectionBalances(ca)[0]).toEqual({ section: "F", depenses: 600, recettes: 200 });
  });
});
