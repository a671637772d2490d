import type { PreviewWorkbookState } from "@shared/preview/preview-budget-workbook";
import { isoToExcelSerial } from "@shared/io/grid";
import { cellText, sheetView } from "./sheet-grid";

const state = (over: Partial<PreviewWorkbookState>): PreviewWorkbookState => ({
  sheets: [],
  active: null,
  marks: [],
  selected: null,
  ...over,
});

describe("cellText", () => {
  it("writes a day serial under « dd/mm/yyyy » as JJ/MM/AAAA", () => {
    expect(cellText(isoToExcelSerial("2026-03-31"), "dd/mm/yyyy")).toBe("31/03/2026");
  });

  it("writes the serial itself when it is no date", () => {
    expect(cellText(Number.POSITIVE_INFINITY, "dd/mm/yyyy")).toBe("Infinity");
  });

  it("writes a fraction under a % format as a French percentage of at most two decimals", () => {
    expect(cellText(0.055, "0.00%")).toBe("5,5 %");
    expect(cellText(-0.123456, "0%")).toBe("-12,35 %");
  });

  it("writes other values as they are, an empty or missing cell as nothing", () => {
    expect(cellText(1234.5, null)).toBe("1234.5");
    expect(cellText(-3, "#,##0.00")).toBe("-3");
    expect(cellText(true, undefined)).toBe("true");
    expect(cellText("31/03/2026", "dd/mm/yyyy")).toBe("31/03/2026");
    expect(cellText(null, "0%")).toBe("");
    expect(cellText(undefined, undefined)).toBe("");
  });
});

describe("sheetView", () => {
  it("shows no grid and no tab for an empty workbook", () => {
    expect(sheetView(state({}))).toEqual({ tabs: [], selectedTab: "", grid: undefined });
  });

  it("shows the active sheet, with a column under each cell of the longest row and ragged rows filled empty", () => {
    const view = sheetView(
      state({
        sheets: [
          { sheet: "Budget", origin: "A1", values: [["Compte", "Montant", "Taux"], ["6061"]] },
          { sheet: "Plan", origin: "A1", values: [["x"]] },
        ],
        active: "Plan",
      }),
    );
    expect(view.tabs).toEqual(["Budget", "Plan"]);
    expect(view.selectedTab).toBe("Plan");
    expect(view.grid?.columns).toEqual(["A"]);

    const budget = sheetView(state({ sheets: [{ sheet: "Budget", origin: "A1", values: [["a", "b", "c"], ["d"]] }] }));
    expect(budget.grid?.columns).toEqual(["A", "B", "C"]);
    expect(budget.grid?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ["a", "b", "c"],
      ["d", "", ""],
    ]);
    expect(budget.grid?.rows[1]?.map((cell) => cell.address)).toEqual(["A2", "B2", "C2"]);
  });

  it("falls back to the first sheet when the active one is gone", () => {
    const view = sheetView(state({ sheets: [{ sheet: "Budget", origin: "A1", values: [] }], active: "Supprimée" }));
    expect(view.selectedTab).toBe("Budget");
    expect(view.grid).toEqual({ columns: [], rows: [] });
  });

  it("names columns past Z as Excel does", () => {
    const view = sheetView(state({ sheets: [{ sheet: "Large", origin: "A1", values: [Array<string>(28).fill("")] }] }));
    expect(view.grid?.columns.slice(-3)).toEqual(["Z", "AA", "AB"]);
  });

  it("applies each cell's own format", () => {
    const view = sheetView(
      state({
        sheets: [{ sheet: "S", origin: "A1", values: [[0.2, 0.2]], formats: [[null, "0%"]] }],
      }),
    );
    expect(view.grid?.rows[0]?.map((cell) => cell.text)).toEqual(["0.2", "20 %"]);
  });

  it("marks and selects only cells of the shown sheet", () => {
    const view = sheetView(
      state({
        sheets: [
          { sheet: "Budget", origin: "A1", values: [[1, 2, 3]] },
          { sheet: "Autre", origin: "A1", values: [[1]] },
        ],
        active: "Budget",
        marks: [
          { sheet: "Budget", address: "A1", level: "error", message: "Compte inconnu" },
          { sheet: "Budget", address: "B1", level: "warning", message: "Montant arrondi" },
          { sheet: "Autre", address: "C1", level: "info", message: "Ailleurs" },
        ],
        selected: { sheet: "Budget", address: "B1" },
      }),
    );
    expect(view.grid?.rows[0]).toEqual([
      { address: "A1", text: "1", level: "error", message: "Compte inconnu", selected: false },
      { address: "B1", text: "2", level: "warning", message: "Montant arrondi", selected: true },
      { address: "C1", text: "3", level: undefined, message: undefined, selected: false },
    ]);

    const elsewhere = sheetView(
      state({
        sheets: [{ sheet: "Budget", origin: "A1", values: [[1]] }],
        selected: { sheet: "Autre", address: "A1" },
      }),
    );
    expect(elsewhere.grid?.rows[0]?.[0]?.selected).toBe(false);
  });
});
