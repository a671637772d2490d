import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { parsePlan } from "@shared/domain/subsidies";
import type { CellValue, SheetBlock } from "../grid";
import { PLAN_SHEET } from "./layout";
import { gridToPlan } from "./plan-grid-reader";
import { planTemplateGrid, planToGrid } from "./plan-grid-writer";
import { readPlanWorkbook } from "./read-plan-sheet";

const FIXTURES = path.resolve(__dirname, "../../../tests/fixtures/plans");
const fixturePlan = (name: string) => {
  const parsed = parsePlan(JSON.parse(readFileSync(path.join(FIXTURES, name), "utf8")));
  if (!parsed.ok) throw new Error(name);
  return parsed.plan;
};

/** What Office.js gives for a sheet: plain values, dates as serial numbers. */
async function sheetAsExcelGivesIt(file: string): Promise<SheetBlock> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer); // exceljs types want its own Buffer type
  const sheet = workbook.getWorksheet(PLAN_SHEET);
  const values: CellValue[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, r) => {
    values[r - 1] = Array.from({ length: 12 }, (_, c) => {
      const v = row.getCell(c + 1).value;
      if (v instanceof Date) return v.getTime() / 86_400_000 + 25569;
      return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null;
    });
  });
  return { sheet: PLAN_SHEET, origin: "A1", values: Array.from(values, (row) => row ?? []) };
}

describe("gridToPlan : la feuille « Plan de financement » lue par le port", () => {
  it("lit la feuille d'un classeur réel comme le lecteur ExcelJS, cellules comprises", async () => {
    const file = path.join(FIXTURES, "equilibre-detr-departement.xlsx");
    const expected = await readPlanWorkbook(readFileSync(file).buffer);
    const read = gridToPlan(await sheetAsExcelGivesIt(file));
    expect(read.plan).toEqual(expected.plan);
    expect(read.cells).toEqual(expected.cells);
  });

  it.each(["equilibre-detr-departement.json", "melange-ht-ttc.json", "commencement-avant-demande.json"])(
    "relit %s écrit par planToGrid",
    (name) => {
      const plan = fixturePlan(name);
      expect(gridToPlan(planToGrid(plan)).plan).toEqual(plan);
    },
  );

  it("le modèle se relit en un plan vide", () => {
    expect(gridToPlan(planTemplateGrid()).plan).toMatchObject({
      basis: "HT",
      depenses: [],
      funders: [],
      project: { title: "Projet à décrire" },
    });
  });

  it("nomme la cellule d'un montant illisible", () => {
    const block = planToGrid(fixturePlan("equilibre-detr-departement.json"));
    const row = block.values.findIndex((r) => r[0] === "Travaux");
    const values = block.values.map((r, i) => (i === row ? ["Travaux", "beaucoup", 1, "oui"] : r));
    expect(() => gridToPlan({ ...block, values })).toThrow(
      `Feuille « Plan de financement », cellule B${row + 1} : montant HT invalide`,
    );
  });

  it("signale un tableau manquant", () => {
    expect(() => gridToPlan({ sheet: PLAN_SHEET, origin: "A1", values: [["Base HT/TTC", "HT"]] })).toThrow(
      /tableau « Dépenses » introuvable/,
    );
  });
});
