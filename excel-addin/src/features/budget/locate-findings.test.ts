import type { Finding } from "@shared/domain/rules";
import type { SheetBlock } from "@shared/ports/budget-workbook";
import { SAMPLE_BUDGET, SAMPLE_DOCUMENT_SHEET } from "../../host/sample-workbook";
import { findingCells, findingsToMarks } from "./locate-findings";
import { gridsToDocument, SHEET_PLACES } from "@shared/io/budget/workbook-grid";

const { lines } = gridsToDocument(SAMPLE_DOCUMENT_SHEET, SAMPLE_BUDGET, SHEET_PLACES);
const finding = (at: Finding["at"], severity: Finding["severity"] = "error", message = "m"): Finding => ({
  rule: "BUD-X",
  severity,
  message,
  ref: "CGCT",
  ...(at ? { at } : {}),
});
const cells = (f: Finding, block: SheetBlock = SAMPLE_BUDGET) => findingCells(f, lines, block).map((c) => c.address);

describe("findingCells : les cellules qu'une anomalie concerne", () => {
  it("une section : les crédits de chacune de ses lignes", () => {
    expect(cells(finding({ section: "I" }))).toEqual(["I10", "I11", "I12", "I13", "I14"]);
  });

  it("un chapitre d'un sens : ses lignes seulement", () => {
    expect(cells(finding({ section: "F", sens: "D", chapitre: "011" }))).toEqual(["I2", "I3"]);
  });

  it("une nature : la colonne Nature, préfixe compris", () => {
    expect(cells(finding({ section: "F", sens: "D", nature: "6061" }))).toEqual(["D2"]);
  });

  it("la ligne où la règle l'a trouvée, quand elle le dit", () => {
    expect(
      cells(
        finding({ section: "F", sens: "D", chapitre: "65", nature: "65311", line: 5, sheet: "Budget", cell: "A5" }),
      ),
    ).toEqual(["D5"]);
  });

  it("une cellule nommée telle quelle ; rien sans emplacement", () => {
    expect(findingCells(finding({ sheet: "Document", cell: "B3" }), lines, SAMPLE_BUDGET)).toEqual([
      { sheet: "Document", address: "B3" },
    ]);
    expect(cells(finding(undefined))).toEqual([]);
    expect(cells(finding({ path: "x" }))).toEqual([]);
  });
});

describe("findingsToMarks : une marque par cellule", () => {
  it("garde la couleur la plus grave et tous les messages", () => {
    const marks = findingsToMarks(
      [
        finding({ section: "F", sens: "D", chapitre: "66" }, "warning", "intérêts"),
        finding({ section: "F", sens: "D", nature: "66111" }, "error", "nature"),
        finding({ section: "F", sens: "D", chapitre: "66" }, "info", "info"),
      ],
      (f) => findingCells(f, lines, SAMPLE_BUDGET).map((c) => ({ ...c, address: "I6" })),
    );
    expect(marks).toEqual([
      { sheet: "Budget", address: "I6", level: "error", message: "BUD-X : intérêts\nBUD-X : nature\nBUD-X : info" },
    ]);
  });

  it("aucune anomalie, aucune marque : les précédentes seront effacées", () => {
    expect(findingsToMarks([], () => [])).toEqual([]);
  });
});
