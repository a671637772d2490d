import { wordActDocument } from "@word-addin/src/host/word-act-document";
import { excelBudgetWorkbook } from "@excel-addin/src/host/excel-budget-workbook";
import { installFakeExcel, installFakeWord } from "@tests/support/fake-office";
import type { Benchmark, Figure } from "./figure";

/** context.sync() calls per host action, at two sizes: the goal is the same small constant at both. */
export const officeSyncs: Benchmark = {
  title: "Allers-retours Office",
  async run() {
    const figures: Figure[] = [];
    for (const n of [10, 1000]) {
      const fake = installFakeWord(Array.from({ length: n }, (_, i) => `Paragraphe ${i}`));
      await wordActDocument.readParagraphs();
      await wordActDocument.insertClauses([{ clauseId: "c", version: 1, title: "C", text: "Texte" }]);
      figures.push({
        name: `Word : sync pour lire puis insérer, ${n} paragraphes`,
        value: fake.counter.count,
        unit: "sync",
        goal: "constant (2)",
        met: fake.counter.count === 2,
      });
      fake.restore();
    }
    for (const n of [100, 10000]) {
      const fake = installFakeExcel({ Budget: Array.from({ length: n }, (_, i) => ["F", "D", String(i)]) });
      await excelBudgetWorkbook.readSheet("Budget");
      await excelBudgetWorkbook.setMarks(
        Array.from({ length: n }, (_, i) => ({
          sheet: "Budget",
          address: `C${i + 1}`,
          level: "info" as const,
          message: "",
        })),
      );
      figures.push({
        name: `Excel : sync pour lire puis marquer, ${n} lignes`,
        value: fake.counter.count,
        unit: "sync",
        goal: "constant (2)",
        met: fake.counter.count === 2,
      });
      fake.restore();
    }
    return figures;
  },
};
